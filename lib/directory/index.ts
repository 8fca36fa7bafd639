// The directory this deployment serves. Another region replaces the data file, not the code.
export { kansasCityDirectory as directory } from './kansas-city';

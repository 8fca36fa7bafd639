// The national hotline's numbers, read from the directory so that they are written down once.
import { directory } from './index';
import { nationalHotlineId } from './match';

const entry = directory.find((candidate) => candidate.id === nationalHotlineId);
if (!entry || !entry.textLines[0] || !entry.phones[0])
  throw new Error('The directory must hold the national hotline with a phone and a text line.');

export const nationalHotline = {
  phone: entry.phones[0].display,
  textNumber: entry.textLines[0].number,
  textKeyword: entry.textLines[0].keyword ?? 'HELP',
};

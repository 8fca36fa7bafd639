// The documented instruments the checklist rests on. Titles are proper names and are not translated.
export const sources = {
  'ilo-ec-2009': {
    title: 'ILO and European Commission, Operational indicators of trafficking in human beings (2009)',
    reference: 'ilo.org',
  },
  'ilo-forced-labour-2012': {
    title: 'ILO, Indicators of forced labour (2012)',
    reference: 'ilo.org',
  },
  'vera-tvit-2014': {
    title: 'Vera Institute of Justice, Trafficking Victim Identification Tool (2014)',
    reference: 'vera.org; ojp.gov NCJ 246713',
  },
  'hhs-ahtst-2018': {
    title: 'HHS ACF Office on Trafficking in Persons, Adult Human Trafficking Screening Tool and Guide (2018)',
    reference: 'nhttac.acf.hhs.gov',
  },
  'polaris-signs': {
    title: 'Polaris, Recognizing the signs of human trafficking',
    reference: 'polarisproject.org',
  },
  'dhs-blue-campaign': {
    title: 'DHS Blue Campaign, Indicators of human trafficking',
    reference: 'dhs.gov/blue-campaign',
  },
  'us-tvpa': {
    title: 'Trafficking Victims Protection Act, 22 U.S.C. 7102 (commercial sex under 18)',
    reference: 'uscode.house.gov',
  },
  'mo-cd-indicator-tool': {
    title: "Missouri Children's Division, Human Trafficking Indicator Tool and child welfare manual 1.2.2",
    reference: 'dss.mo.gov',
  },
} as const;

export type SourceId = keyof typeof sources;

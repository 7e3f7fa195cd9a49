/** What makes a capitalised French name an organisation: head words and acronyms. Data only. */
export const ORGANIZATION_HEADS: readonly string[] = [
  'Commission', 'Conseil', 'Ministère', 'Parlement', 'Assemblée', 'Sénat', 'Institut', 'Agence', 'Union', 'Parti',
  'Fondation', 'Banque', 'Université', 'Cour', 'Tribunal', 'Élysée', 'Elysée', 'Matignon', 'Quai', 'Gouvernement',
  'Organisation', 'Fédération', 'Association', 'Alliance', 'Armée', 'Office', 'Direction', 'Centre', 'Observatoire',
  'Groupe', 'Société', 'Syndicat', 'Confédération', 'Front', 'Rassemblement', 'Mouvement', 'Kremlin', 'Pentagone',
];

export const ORGANIZATION_ACRONYMS: readonly string[] = [
  'OTAN', 'ONU', 'UE', 'OMS', 'FMI', 'OCDE', 'BCE', 'CPI', 'AIEA', 'OSCE', 'CGT', 'CFDT', 'LFI', 'RN', 'PS', 'LR',
  'IFRI', 'IRIS', 'CNRS', 'SNCF', 'G7', 'G20', 'NATO', 'EU', 'UN',
];

// A LinkedIn data export made in the tests: the CSV files as LinkedIn writes them (a BOM on some, a "Notes:"
// paragraph above the table on others, quoted fields with commas and line breaks), zipped with other files beside.
import { strToU8, zipSync } from 'fflate';

export const SKILLS = '\uFEFFName\nPython\nPostgres\nDocker & Kubernetes\nFrobnicator 3000\n';
export const POSITIONS = [
  'Company Name,Title,Description,Location,Started On,Finished On',
  'Acme Corp,Senior Backend Engineer,"Built services in Go and Python, on Kubernetes.\nLed the move to Terraform.","Berlin, Germany",Jan 2019,',
  'Globex,Software Engineer,Python and PostgreSQL reporting,London,Mar 2015,Dec 2018',
  'Initech,Intern,,Austin,2013,2014',
].join('\n');
export const LANGUAGES = [
  'Notes:',
  '"This file lists the languages on your profile, with the proficiency you chose."',
  '',
  'Name,Proficiency',
  'English,Native or bilingual proficiency',
  'German,Professional working proficiency',
  'Spanish,Elementary proficiency',
  'Dutch,',
].join('\n');
export const CERTIFICATIONS = 'Name,Url,Authority,Started On,Finished On,License Number\nCertified Kubernetes Administrator,https://cncf.io,The Linux Foundation,Nov 2021,Nov 2024,LF-123\nScrum Master,,,,,\n';
export const EDUCATION = [
  'School Name,Start Date,End Date,Notes,Degree Name,Activities',
  'Technical University of Munich,2010,2014,,"Bachelor of Science - BS",Chess',
  'ETH Zürich,2014,2016,"Thesis on compilers, in Rust","Master of Science - MS",',
  'Some High School,2006,2010,,,',
].join('\n');

export function linkedInZip(files: Record<string, string>, folder = ''): Uint8Array {
  const entries: Record<string, Uint8Array> = {
    [`${folder}Profile.csv`]: strToU8('First Name,Last Name,Headline\nJane,Doe,Engineer\n'),
    [`${folder}messages.csv`]: strToU8('CONVERSATION ID,FROM,CONTENT\n1,Bob,"Hi, Python?"\n'),
  };
  for (const [name, text] of Object.entries(files)) entries[folder + name] = strToU8(text);
  return zipSync(entries);
}

export const fullExport = (folder = '') =>
  linkedInZip({ 'Skills.csv': SKILLS, 'Positions.csv': POSITIONS, 'Languages.csv': LANGUAGES, 'Certifications.csv': CERTIFICATIONS, 'Education.csv': EDUCATION }, folder);

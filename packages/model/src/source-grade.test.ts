import { describe, expect, it } from 'vitest';
import { SOURCE_GRADES } from './enums';
import { sourceGradeOf, sourceGradeRank } from './source-grade';

/** Sources as the seed and the official importer name them, with the grade each starts with. */
const CASES: [Parameters<typeof sourceGradeOf>[0], string][] = [
  [
    {
      title: 'China customs: trade by country, 2024',
      url: 'http://english.customs.gov.cn/statics/report/preliminary.html',
    },
    'official-statistics',
  ],
  [
    {
      title: 'UN Comtrade',
      publisher: 'United Nations Statistics Division',
      url: 'https://comtradeplus.un.org/',
    },
    'official-statistics',
  ],
  [
    {
      title: 'External trade of Kazakhstan',
      publisher: 'Bureau of National Statistics',
      url: null,
    },
    'official-statistics',
  ],
  [
    {
      title: 'The First China-Tajikistan Foreign Ministers’ Strategic Dialogue (MFA)',
      url: 'https://www.mfa.gov.cn/eng/wjbzhd/202505/t2025.html',
    },
    'official-statement',
  ],
  [
    {
      title: 'MOFCOM press conference',
      url: 'http://english.mofcom.gov.cn/article/newsrelease/press/',
    },
    'official-statement',
  ],
  [
    {
      title: 'President of Uzbekistan received Ambassador of China (president.uz)',
      url: 'https://president.uz/en/lists/view/1',
    },
    'official-statement',
  ],
  [
    {
      title: "China's CNPC secures more Turkmen gas in new deal - source (Reuters)",
      url: 'https://www.reuters.com/article/x',
    },
    'major-media',
  ],
  [
    {
      title: 'Third Line Of Central Asia-China Gas Pipeline Launched (RFE/RL)',
      url: 'https://www.rferl.org/a/x.html',
    },
    'major-media',
  ],
  [
    {
      title: 'China-Central Asia Gas Pipeline delivers over 19 bcm (Xinhua)',
      url: 'http://xinhuanet.com/english/x.htm',
    },
    'major-media',
  ],
  [
    {
      title: 'China, central Asia trade accelerates (People’s Daily Online)',
      url: 'http://en.people.cn./n3/2025/x.html',
    },
    'major-media',
  ],
  [
    {
      title: 'Uzbekistan-China trade exceeded $14bn last year (Trend)',
      url: 'https://www.trend.az/casia/x.html',
    },
    'secondary',
  ],
  [
    {
      title: 'China, Kazakhstan grow strategic bond (China Daily advertorial)',
      url: 'http://exploringtianjin.chinadaily.com.cn/x.htm',
    },
    'secondary',
  ],
  [
    { title: 'AidData GCDF project 41941', url: 'https://china.aiddata.org/projects/41941' },
    'secondary',
  ],
  [{ title: 'A paper with no known URL', url: null }, 'secondary'],
  [
    {
      title: 'China becomes Kazakhstan’s top FDI source (FT; page found on a mirror site)',
      url: 'https://ft.csccsc.cc/x',
    },
    'weak',
  ],
  [
    {
      title: 'Chinese in Uzbekistan (blog post quoting RFE/RL and Xinhua)',
      url: 'https://bjulrich.blogspot.com/x',
    },
    'weak',
  ],
  [
    {
      title: 'Chinese-built railway starts operation (Xinhua, quoted on SkyscraperCity forum)',
      url: 'https://skyscrapercity.com/x',
    },
    'weak',
  ],
];

describe('a source grade from its publisher and address', () => {
  it.each(CASES)('%o → %s', (source, grade) => {
    expect(sourceGradeOf(source)).toBe(grade);
  });

  it('grades an address it cannot read by its wording alone', () => {
    expect(sourceGradeOf({ title: 'x', url: 'not a url' })).toBe('secondary');
  });

  it('ranks grades best first, and an unknown grade last', () => {
    expect(SOURCE_GRADES.map(sourceGradeRank)).toEqual([0, 1, 2, 3, 4]);
    expect(sourceGradeRank(null)).toBe(SOURCE_GRADES.length);
  });
});

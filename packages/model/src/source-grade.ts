import { SOURCE_GRADES, type SourceGrade } from './enums';

export interface GradedSource {
  title: string;
  publisher?: string | null;
  url?: string | null;
}

/** A host and every subdomain of it: `english.customs.gov.cn` is `customs.gov.cn`. */
const onHost = (host: string, domains: readonly string[]) =>
  domains.some((d) => host === d || host.endsWith(`.${d}`));

function hostOf(url: string | null | undefined): string {
  if (!url) return '';
  try {
    // A trailing dot (`en.people.cn.`) names the same host.
    return new URL(url).hostname.toLowerCase().replace(/\.$/, '');
  } catch {
    return '';
  }
}

/**
 * A copy is only as good as the copier: a mirror, a repost, a blog or forum quoting someone, a scraped or
 * machine-translated page. Checked first, so a mirror of a Xinhua story is not graded as Xinhua. The seed's
 * titles say so in their own words ("page found on a mirror site", "reprint at …", "Q&A page").
 */
const WEAK_WORDING =
  /\bmirror\b|\brepost|\breprint|\bblog\b|\bforum\b|q&a page|\bscraped\b|machine[- ]translat|telegram|\bwiki page\b|revision diff|anonymous/i;
const WEAK_HOSTS = [
  'blogspot.com',
  'wordpress.com',
  'ucoz.es',
  'ucoz.ru',
  'skyscrapercity.com',
  'tgoop.com',
  't.me',
  'pediainside.com',
];

/**
 * Whoever compiles the figure: customs and statistics offices, and the international databases that
 * republish their returns unchanged (UN Comtrade, the IMF's trade statistics).
 */
const STATISTICS_HOSTS = [
  'customs.gov.cn',
  'stats.gov.cn',
  'stat.gov.kz',
  'stat.kg',
  'stat.tj',
  'stat.uz',
  'stat.gov.uz',
  'stat.gov.tm',
  'comtrade.un.org',
  'comtradeplus.un.org',
  'data.imf.org',
];
const STATISTICS_WORDING =
  /\bcustoms\b|statistics (office|committee|agency|bureau|division)|bureau of (national )?statistics|national statistic|statistical (office|committee|agency)|\bGACC\b/i;

/**
 * A government speaking for itself: ministries, embassies, heads of state and government portals. What
 * they state is official, but it is a statement, not the statistics office's table.
 */
const STATEMENT_HOSTS = [
  'mfa.gov.cn',
  'fmprc.gov.cn',
  'mofcom.gov.cn',
  'gov.cn',
  'gov.kz',
  'akorda.kz',
  'president.kg',
  'gov.kg',
  'president.uz',
  'gov.uz',
  'president.tj',
  'mfa.tj',
  'gov.tm',
  'mfa.gov.tm',
];
const STATEMENT_WORDING =
  /\bministry\b|\bMFA\b|\bMOFCOM\b|\bembassy\b|\bambassador'?s? (office|website)\b|\bpresident'?s? (office|website)\b|\bcabinet of ministers\b|\bgovernment (portal|website)\b/i;

/**
 * Newsrooms with editors and a correction policy, whose reports other outlets cite: the international
 * wires and papers, and the national and state news agencies (Xinhua, Kazinform, Kabar, UzA, Khovar).
 * State agencies carry their government's line, but they are where an official figure is first printed.
 */
const MAJOR_MEDIA_HOSTS = [
  'reuters.com',
  'apnews.com',
  'afp.com',
  'bloomberg.com',
  'ft.com',
  'economist.com',
  'eiu.com',
  'bbc.com',
  'bbc.co.uk',
  'rferl.org',
  'interfax.com',
  'interfax.ru',
  'tass.com',
  'tass.ru',
  'xinhuanet.com',
  'news.cn',
  'people.cn',
  'peopledaily.com.cn',
  'chinadaily.com.cn',
  'cgtn.com',
  'globaltimes.cn',
  'inform.kz',
  'kabar.kg',
  'uza.uz',
  'khovar.tj',
];
const MAJOR_MEDIA_WORDING =
  /^(Reuters|Associated Press|AFP|Bloomberg|Financial Times|RFE\/RL|Xinhua)\b/i;

/** An advertorial is paid for: the newsroom's name on it vouches for nothing. */
const PAID_WORDING = /advertorial|sponsored/i;

/**
 * A source's grade as a starting point, from who published it and where: an editor can always set another.
 * Anything not recognised is `secondary`, the grade that claims least about a page nobody has judged.
 */
export function sourceGradeOf(source: GradedSource): SourceGrade {
  const host = hostOf(source.url);
  const words = `${source.title} ${source.publisher ?? ''}`;
  if (WEAK_WORDING.test(words) || onHost(host, WEAK_HOSTS)) return 'weak';
  if (PAID_WORDING.test(words)) return 'secondary';
  if (onHost(host, STATISTICS_HOSTS) || STATISTICS_WORDING.test(source.publisher ?? ''))
    return 'official-statistics';
  if (onHost(host, STATEMENT_HOSTS) || STATEMENT_WORDING.test(source.publisher ?? ''))
    return 'official-statement';
  if (onHost(host, MAJOR_MEDIA_HOSTS) || MAJOR_MEDIA_WORDING.test(source.publisher ?? ''))
    return 'major-media';
  return 'secondary';
}

/** 0 for the best grade; a source of unknown grade ranks last. */
export function sourceGradeRank(grade: string | null | undefined): number {
  const i = (SOURCE_GRADES as readonly string[]).indexOf(grade ?? '');
  return i === -1 ? SOURCE_GRADES.length : i;
}

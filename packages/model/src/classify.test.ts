import { describe, expect, it } from 'vitest';
import { milestoneKindOf, sectorOf, statusOf, valueKindOf } from './classify';
import { statedDate } from './stated-date';

describe('classifying the starter wording', () => {
  it('maps statuses, catching partial and intermittent operation before plain words', () => {
    expect(statusOf('partly completed (Phase 1 commissioned 2021); remaining works ongoing')).toBe(
      'partly-operating',
    );
    expect(
      statusOf('operating intermittently (repairs from Nov 2023; restart planned Q2 2024)'),
    ).toBe('suspended');
    expect(statusOf('completed (second phase inaugurated 2015)')).toBe('completed');
    expect(statusOf('under construction / delayed')).toBe('under-construction');
    expect(statusOf('announced / agreement signed')).toBe('agreement-signed');
    expect(
      statusOf(
        'planned: investor registered a local company; investment agreement being prepared (Nov 2025)',
      ),
    ).toBe('announced');
    expect(statusOf('in development; completion planned for 2028')).toBe('pre-construction');
  });

  it('maps sectors by their leading word and keeps unknown ones as other', () => {
    expect(sectorOf('energy - gas pipeline')).toBe('energy');
    expect(sectorOf('rail - urban light rail')).toBe('transport');
    expect(sectorOf('logistics (located in China)')).toBe('logistics');
    expect(sectorOf('space tourism')).toBe('other');
  });

  it('reads what a stated value is from the note', () => {
    expect(valueKindOf('value_usd = CDB Phase 1 loan ($4bn, secured on gas sales)', true)).toBe(
      'loan',
    );
    expect(valueKindOf('value_usd = CRTG EPC contract for the tunnel', true)).toBe('contract');
    expect(valueKindOf('anything', false)).toBeNull();
  });

  it('classifies milestones by what happened', () => {
    expect(milestoneKindOf('CDB signs loan agreements ($1.34bn and RMB 1bn)')).toBe('financing');
    expect(milestoneKindOf('Groundbreaking ceremony held')).toBe('construction-start');
    expect(milestoneKindOf('First group of turbines connected to the national grid')).toBe(
      'commissioning',
    );
  });

  it('keeps stated dates at the precision their wording fixes', () => {
    expect(statedDate('c.2013')).toEqual({ date: '2013', label: 'c.2013' });
    expect(statedDate('2005-2019')).toEqual({ date: '2019', label: '2005-2019' });
    expect(statedDate('2023-H1')).toEqual({ date: '2023', label: '2023-H1' });
    expect(statedDate('', 2021)).toEqual({ date: '2021', label: null });
    expect(statedDate('c.2025-12')).toEqual({ date: '2025-12', label: 'c.2025-12' });
    expect(statedDate('c.2025-12-06')).toEqual({ date: '2025-12-06', label: 'c.2025-12-06' });
    expect(statedDate('not stated')).toEqual({ date: null, label: 'not stated' });
    expect(statedDate('n.d.')).toEqual({ date: null, label: 'n.d.' });
    expect(statedDate('c.2009-2010')).toEqual({ date: null, label: 'c.2009-2010' });
    expect(statedDate('2023 (page shows 01/12/2023)')).toEqual({
      date: '2023',
      label: '2023 (page shows 01/12/2023)',
    });
    expect(statedDate('08-01 (year not stated; context implies 2025)', 2025)).toEqual({
      date: '2025',
      label: '08-01 (year not stated; context implies 2025)',
    });
  });
});

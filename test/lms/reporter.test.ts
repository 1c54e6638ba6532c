/** The reporter against a fake platform: what it sends in each version, and how it copes with errors. */
import { describe, expect, it } from 'vitest';
import { connect } from '../../src/lms/connection.ts';
import { cut, startReporter } from '../../src/lms/reporter.ts';
import { fake12, fake2004 } from './fake-api.ts';

const clock = (startMs = Date.UTC(2026, 10, 30, 10, 0, 0)) => {
  let t = startMs;
  return { now: () => new Date(t), advance: (ms: number) => void (t += ms) };
};

const decision = { id: 'sylvia-beslissing-1', chosen: 'begin.0.42', description: 'Sylvia komt als laatste binnen.', lang: 'nl' };
const result = {
  score: 0.8,
  objectives: [
    { id: 'belang', description: 'Belang van het kind', share: 1 },
    { id: 'signalen', description: 'Signalen herkennen', share: 0.5 },
  ],
  complete: true,
};

describe('reporter, SCORM 1.2', () => {
  it('says when the platform starts refusing what is sent (its session there ended): once, and again after it took things in between', () => {
    const { api } = fake12({ data: { 'cmi.core.lesson_status': 'incomplete' } });
    let down = false;
    const commit = api.LMSCommit.bind(api);
    api.LMSCommit = (x: '') => (down ? 'false' : commit(x));
    const r = startReporter(connect({ version: '1.2', api }), clock().now)!;
    const told: string[] = [];
    r.onRefused(() => told.push('refused'));
    expect(r.save('a')).toBe(true);
    expect(r.refusing).toBe(false);
    down = true;
    expect(r.save('b')).toBe(false);
    r.flush();
    r.result(result);
    expect(r.refusing).toBe(true);
    expect(told).toEqual(['refused']);
    r.onAcceptedAgain(() => told.push('accepted'));
    down = false;
    expect(r.save('c')).toBe(true);
    expect(told).toEqual(['refused', 'accepted']);
    expect(r.refusing).toBe(false);
    down = true;
    r.flush();
    expect(told).toEqual(['refused', 'accepted', 'refused']);
  });

  it('a suspend_data the platform will not take is a refused save', () => {
    const { api } = fake12({ refuse: [{ prefix: 'cmi.suspend_data', code: '405' }] });
    const r = startReporter(connect({ version: '1.2', api }), clock().now)!;
    expect(r.save('x')).toBe(false);
    expect(r.refusing).toBe(true);
  });

  it('initializes, marks incomplete, reports a decision, the result, session time, exit and terminate', () => {
    const { api, fake } = fake12({ data: { 'cmi.core.lesson_status': 'not attempted', 'cmi.core.student_name': 'Jansen, Eva' } });
    const c = clock();
    const r = startReporter(connect({ version: '1.2', api }), c.now)!;
    expect(r).not.toBeNull();
    expect(fake.calls[0]).toBe('init');
    expect(fake.data['cmi.core.lesson_status']).toBe('incomplete');
    r.decision(decision);
    r.save('{"v":1}');
    expect(fake.data).toMatchObject({
      'cmi.interactions.0.id': 'sylvia-beslissing-1',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.student_response': 'begin.0.42',
      'cmi.interactions.0.result': 'neutral',
      'cmi.suspend_data': '{"v":1}',
      'cmi.core.exit': 'suspend',
    });
    expect(fake.data['cmi.interactions.0.time']).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(fake.calls.at(-1)).toBe('commit');
    r.result(result);
    expect(fake.data).toMatchObject({
      'cmi.core.lesson_status': 'completed',
      'cmi.core.score.raw': '80',
      'cmi.core.score.min': '0',
      'cmi.core.score.max': '100',
      'cmi.objectives.0.id': 'belang',
      'cmi.objectives.0.score.raw': '100',
      'cmi.objectives.0.status': 'completed',
      'cmi.objectives.1.id': 'signalen',
      'cmi.objectives.1.score.raw': '50',
    });
    c.advance(3_723_450);
    r.finish();
    r.finish();
    expect(fake.data['cmi.core.session_time']).toBe('01:02:03.45');
    expect(fake.data['cmi.core.exit']).toBe('suspend'); // complete, and still to be resumed
    expect(fake.calls.slice(-2)).toEqual(['commit', 'finish']);
    expect(fake.calls.filter((x) => x === 'finish')).toHaveLength(1);
    // the learner's name is never asked for
    expect(fake.calls.some((x) => /student_name|student_id/.test(x))).toBe(false);
  });

  it('gives back what the platform kept, and appends to interactions and objectives already there', () => {
    const { api, fake } = fake12({ data: { 'cmi.suspend_data': 'kept', 'cmi.core.lesson_status': 'incomplete', 'cmi.interactions.0.id': 'x', 'cmi.interactions.1.id': 'y', 'cmi.objectives.0.id': 'signalen' } });
    const r = startReporter(connect({ version: '1.2', api }))!;
    expect(r.stored).toBe('kept');
    r.decision(decision);
    expect(fake.data['cmi.interactions.2.id']).toBe('sylvia-beslissing-1');
    r.result(result);
    expect(fake.data['cmi.objectives.0.score.raw']).toBe('50');
    expect(fake.data['cmi.objectives.1.id']).toBe('belang');
  });

  it('leaves the exit at suspend while the package is not complete', () => {
    const { api, fake } = fake12();
    const r = startReporter(connect({ version: '1.2', api }))!;
    r.result({ ...result, complete: false });
    r.finish();
    expect(fake.data['cmi.core.lesson_status']).toBe('incomplete');
    expect(fake.data['cmi.core.exit']).toBe('suspend');
  });
});

describe('reporter, SCORM 2004', () => {
  it('reports completion with success unknown, scaled and raw score, interactions with a description', () => {
    const { api, fake } = fake2004();
    const c = clock();
    const r = startReporter(connect({ version: '2004', api }), c.now)!;
    expect(fake.data['cmi.completion_status']).toBe('incomplete');
    r.decision({ ...decision, description: 'woord '.repeat(80) });
    expect(fake.data).toMatchObject({
      'cmi.interactions.0.id': 'sylvia-beslissing-1',
      'cmi.interactions.0.type': 'choice',
      'cmi.interactions.0.learner_response': 'begin.0.42',
      'cmi.interactions.0.result': 'neutral',
    });
    expect(fake.data['cmi.interactions.0.timestamp']).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
    const description = fake.data['cmi.interactions.0.description']!;
    expect(description.startsWith('{lang=nl}woord')).toBe(true);
    expect(description.length - '{lang=nl}'.length).toBeLessThanOrEqual(250);
    r.result(result);
    expect(fake.data).toMatchObject({
      'cmi.completion_status': 'completed',
      'cmi.success_status': 'unknown',
      'cmi.score.scaled': '0.8',
      'cmi.score.raw': '80',
      'cmi.objectives.1.id': 'signalen',
      'cmi.objectives.1.score.scaled': '0.5',
      'cmi.objectives.1.success_status': 'unknown',
      'cmi.objectives.1.completion_status': 'completed',
    });
    c.advance(120_000);
    r.finish();
    expect(fake.data['cmi.session_time']).toBe('PT2M');
    expect(fake.data['cmi.exit']).toBe('suspend'); // "normal" would end the attempt, and the record with it
    expect(fake.calls.some((x) => /learner_name|learner_id/.test(x))).toBe(false);
  });
});

describe('reporter, a session after completion', () => {
  for (const version of ['1.2', '2004'] as const) {
    const v12 = version === '1.2';
    const status = v12 ? 'cmi.core.lesson_status' : 'cmi.completion_status';
    const exit = v12 ? 'cmi.core.exit' : 'cmi.exit';
    const connOf = (data: Record<string, string>) => {
      if (v12) {
        const { api, fake } = fake12({ data });
        return { conn: connect({ version: '1.2', api }), fake };
      }
      const { api, fake } = fake2004({ data });
      return { conn: connect({ version: '2004', api }), fake };
    };

    it(`SCORM ${version}: exits with suspend, so the next launch resumes the same attempt with its record`, () => {
      const { conn, fake } = connOf({ [status]: 'completed', 'cmi.suspend_data': 'kept' });
      const r = startReporter(conn, clock().now)!;
      expect(r.stored).toBe('kept');
      r.save('kept too');
      r.finish();
      expect(fake.data[exit]).toBe('suspend');
      expect(fake.data[status]).toBe('completed');
      expect(fake.calls.filter((c) => c.startsWith(`set ${exit}=`)).every((c) => c.endsWith('=suspend'))).toBe(true);
    });

    it(`SCORM ${version}: a status that could not be read is not set to incomplete (it may be a completion)`, () => {
      const data = { [status]: 'completed', 'cmi.suspend_data': 'playing' };
      const failGet = [{ prefix: status, code: '101' }];
      const made = v12 ? fake12({ data, failGet }) : fake2004({ data, failGet });
      const fake = made.fake;
      startReporter(v12 ? connect({ version: '1.2', api: (made as ReturnType<typeof fake12>).api }) : connect({ version: '2004', api: (made as ReturnType<typeof fake2004>).api }), clock().now)!;
      expect(fake.data[status]).toBe('completed');
      expect(fake.calls.some((c) => c.startsWith(`set ${status}=`))).toBe(false);
    });

    it(`SCORM ${version}: a record that shows finished cases does not set the status back to incomplete`, () => {
      const { conn, fake } = connOf({ [status]: v12 ? 'not attempted' : 'unknown', 'cmi.suspend_data': 'done' });
      startReporter(conn, clock().now, (s) => s === 'done')!;
      expect(fake.calls.some((c) => c.startsWith(`set ${status}=`))).toBe(false);
      // a record with none: incomplete as before
      const other = connOf({ [status]: v12 ? 'not attempted' : 'unknown', 'cmi.suspend_data': 'playing' });
      startReporter(other.conn, clock().now, (s) => s === 'done')!;
      expect(other.fake.data[status]).toBe('incomplete');
    });
  }
});

describe('reporter against a difficult platform', () => {
  it('a suspend_data the platform cannot give (an error other than "not set") is no record, not an empty one', () => {
    const { api } = fake2004({ failGet: [{ prefix: 'cmi.suspend_data', code: '301' }] });
    expect(startReporter(connect({ version: '2004', api }))!.stored).toBeNull();
    const notSet = fake2004({ failGet: [{ prefix: 'cmi.suspend_data', code: '403' }] });
    expect(startReporter(connect({ version: '2004', api: notSet.api }))!.stored).toBe('');
    const v12 = fake12({ failGet: [{ prefix: 'cmi.suspend_data', code: '101' }] });
    expect(startReporter(connect({ version: '1.2', api: v12.api }))!.stored).toBeNull();
  });

  it('a platform that refuses to initialize: no reporter (the game runs as on the web)', () => {
    const { api } = fake12({ broken: true });
    expect(startReporter(connect({ version: '1.2', api }))).toBeNull();
  });

  it('a platform whose every call errs after initializing: calls are recorded as errors, nothing throws', () => {
    const { api } = fake2004();
    const conn = connect({ version: '2004', api });
    const r = startReporter(conn)!;
    (api as { SetValue: unknown }).SetValue = () => { throw new Error('gone'); };
    api.Commit = () => 'false';
    expect(() => { r.decision(decision); r.save('x'); r.result(result); r.flush(); r.finish(); }).not.toThrow();
    expect(conn.errors.some((e) => e.code === 'exception' && e.message === 'gone')).toBe(true);
    expect(conn.errors.some((e) => e.call === 'commit')).toBe(true);
  });

  it('a platform that refuses interactions is not asked again; the rest still goes through', () => {
    const { api, fake } = fake12({ refuse: [{ prefix: 'cmi.interactions.', code: '401' }] });
    const r = startReporter(connect({ version: '1.2', api }))!;
    expect(r.interactions).toBe(true);
    r.decision(decision);
    expect(r.interactions).toBe(false);
    r.decision(decision);
    expect(fake.calls.filter((x) => x.startsWith('set cmi.interactions')).length).toBe(1);
    r.save('s');
    r.result(result);
    expect(fake.data['cmi.suspend_data']).toBe('s');
    expect(fake.data['cmi.core.lesson_status']).toBe('completed');
  });

  it('a platform without interactions (_count not implemented) gets none', () => {
    const { api, fake } = fake2004({ unimplemented: ['cmi.interactions'] });
    const r = startReporter(connect({ version: '2004', api }))!;
    expect(r.interactions).toBe(false);
    r.decision(decision);
    expect(fake.calls.some((x) => x.startsWith('set cmi.interactions'))).toBe(false);
  });
});

describe('cut', () => {
  it('keeps short text and cuts long text on a word, within the limit', () => {
    expect(cut('kort')).toBe('kort');
    const long = cut('aaaa '.repeat(100), 20);
    expect(long.length).toBeLessThanOrEqual(20);
    expect(long.endsWith('…')).toBe(true);
  });
});

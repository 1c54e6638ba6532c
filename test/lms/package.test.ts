import { describe, expect, it } from 'vitest';
import { launchPage, storyOfChunk } from '../../src/cli/package.ts';
import { manifestXml } from '../../src/lms/manifest.ts';

describe('packaging', () => {
  it('tells which story a chunk belongs to, also when the hash has dashes or one id starts another', () => {
    const ids = ['sylvia', 'sy', 'john'];
    expect(storyOfChunk('assets/_story_sylvia-Hjo-JLCO.js', ids)).toBe('sylvia');
    expect(storyOfChunk('assets/_story_sy-abc.js', ids)).toBe('sy');
    expect(storyOfChunk('assets/index-abc.js', ids)).toBeNull();
  });

  it('writes the version and case into the launch page, and its title', () => {
    const html = launchPage('<html><head>\n<meta charset="utf-8" />\n<title>Niet Pluis</title></head></html>', '2004', 'sylvia', 'Niet Pluis: Sylvia & co');
    expect(html).toContain('<meta charset="utf-8" />\n    <meta name="niet-pluis-scorm" content="2004" />\n    <meta name="niet-pluis-case" content="sylvia" />');
    expect(html).toContain('<title>Niet Pluis: Sylvia &amp; co</title>');
  });

  it('writes a manifest per version with escaped metadata, and refuses a launch page that is not in the package', () => {
    const info = { identifier: 'niet-pluis-x', title: 'A <b> & "c"', description: 'd', lang: 'nl', files: ['index.html', 'assets/a.js'], launch: 'index.html' };
    const m12 = manifestXml('1.2', info);
    expect(m12).toContain('adlcp:scormtype="sco" href="index.html"');
    expect(m12).toContain('<title>A &lt;b&gt; &amp; &quot;c&quot;</title>');
    expect(m12).toContain('<file href="assets/a.js"/>');
    const m2004 = manifestXml('2004', info);
    expect(m2004).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(m2004).toContain('adlcp:scormType="sco"');
    expect(() => manifestXml('1.2', { ...info, launch: 'start.html' })).toThrow(/launch page/);
  });
});

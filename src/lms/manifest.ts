/**
 * The `imsmanifest.xml` of a SCORM package, for SCORM 1.2 and SCORM 2004 4th edition: one
 * organization with one SCO (the launch page), its files, and title, description and language in
 * the package's metadata.
 */
import type { ScormVersion } from './api.ts';

export type PackageInfo = {
  /** Unique for the package, e.g. "niet-pluis-sylvia"; letters, digits, dashes. */
  readonly identifier: string;
  readonly title: string;
  readonly description: string;
  readonly lang: string;
  /** Relative paths of every file in the package, the launch page among them. */
  readonly files: readonly string[];
  readonly launch: string;
};

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function manifestXml(version: ScormVersion, p: PackageInfo): string {
  if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(p.identifier)) throw new Error(`not an identifier: ${p.identifier}`);
  if (!p.files.includes(p.launch)) throw new Error(`the launch page ${p.launch} is not among the files`);
  const files = p.files.map((f) => `        <file href="${esc(f)}"/>`).join('\n');
  const lang = esc(p.lang);
  if (version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${p.identifier}" version="1.0"
    xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsproject.org/xsd/imscp_rootv1p1p2 imscp_rootv1p1p2.xsd http://www.imsglobal.org/xsd/imsmd_rootv1p2p1 imsmd_rootv1p2p1.xsd http://www.adlnet.org/xsd/adlcp_rootv1p2 adlcp_rootv1p2.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <lom xmlns="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
      <general>
        <title><langstring xml:lang="${lang}">${esc(p.title)}</langstring></title>
        <language>${lang}</language>
        <description><langstring xml:lang="${lang}">${esc(p.description)}</langstring></description>
      </general>
    </lom>
  </metadata>
  <organizations default="org-${p.identifier}">
    <organization identifier="org-${p.identifier}">
      <title>${esc(p.title)}</title>
      <item identifier="item-${p.identifier}" identifierref="sco-${p.identifier}" isvisible="true">
        <title>${esc(p.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${p.identifier}" type="webcontent" adlcp:scormtype="sco" href="${esc(p.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${p.identifier}" version="1.0"
    xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
    xmlns:adlseq="http://www.adlnet.org/xsd/adlseq_v1p3"
    xmlns:adlnav="http://www.adlnet.org/xsd/adlnav_v1p3"
    xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
    xmlns:lom="http://ltsc.ieee.org/xsd/LOM"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.imsglobal.org/xsd/imscp_v1p1 imscp_v1p1.xsd http://www.adlnet.org/xsd/adlcp_v1p3 adlcp_v1p3.xsd http://www.adlnet.org/xsd/adlseq_v1p3 adlseq_v1p3.xsd http://www.adlnet.org/xsd/adlnav_v1p3 adlnav_v1p3.xsd http://www.imsglobal.org/xsd/imsss imsss_v1p0.xsd http://ltsc.ieee.org/xsd/LOM lom.xsd">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title><lom:string language="${lang}">${esc(p.title)}</lom:string></lom:title>
        <lom:language>${lang}</lom:language>
        <lom:description><lom:string language="${lang}">${esc(p.description)}</lom:string></lom:description>
      </lom:general>
    </lom:lom>
  </metadata>
  <organizations default="org-${p.identifier}">
    <organization identifier="org-${p.identifier}">
      <title>${esc(p.title)}</title>
      <item identifier="item-${p.identifier}" identifierref="sco-${p.identifier}" isvisible="true">
        <title>${esc(p.title)}</title>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco-${p.identifier}" type="webcontent" adlcp:scormType="sco" href="${esc(p.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}

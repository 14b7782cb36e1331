import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { DOCX_MESSAGES, documentXmlText, readDocxText } from '../../lib/import/docx';
import { ZIP_MESSAGES } from '../../lib/import/zip';
import { docx, para, run } from './docx-files';

const text = (body: string) => {
  const r = readDocxText(docx(body));
  return r.ok ? r.text : r.error;
};

describe('readDocxText', () => {
  it('reads one line per paragraph, joining the runs a paragraph is split into', () => {
    expect(text(para(run('Jane '), run('Doe')) + para(run('Senior engineer')))).toBe('Jane Doe\nSenior engineer');
  });

  it('keeps tabs and line breaks, and drops tab-stop definitions', () => {
    const tabs = '<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Acme</w:t><w:tab/><w:t>2017–2025</w:t><w:br/><w:t>Python</w:t></w:r></w:p>';
    expect(text(tabs)).toBe('Acme\t2017–2025\nPython');
  });

  it('decodes XML entities and leaves no markup', () => {
    const r = text(para(run('R&amp;D &lt;Go&gt; &quot;C#&quot; &apos;s &#8211; &#x2014; &unknown;')));
    expect(r).toBe('R&D <Go> "C#" \'s – — &unknown;');
    expect(text(para('<w:r><w:t>a &gt; b</w:t></w:r><w:bookmarkStart w:id="0" w:name="x&gt;y"/>'))).toBe('a > b');
  });

  it('reads a table as one line per row with tab-separated cells', () => {
    const cell = (...ps: string[]) => `<w:tc><w:tcPr><w:tcW w:w="2000"/></w:tcPr>${ps.join('')}</w:tc>`;
    const row = (...cs: string[]) => `<w:tr>${cs.join('')}</w:tr>`;
    const table = `<w:tbl>${row(cell(para(run('2019–2023'))), cell(para(run('Acme')), para(run('Kubernetes'))))}${row(cell(para(run('2015–2017'))), cell(para(run('Globex'))))}</w:tbl>`;
    expect(text(para(run('Experience')) + table + para(run('Skills')))).toBe('Experience\n2019–2023\tAcme\nKubernetes\n2015–2017\tGlobex\nSkills');
  });

  it('leaves out deleted text, field codes and the fallback copy of a text box', () => {
    const body = para(
      run('Go'),
      '<w:del><w:r><w:delText>COBOL</w:delText></w:r></w:del>',
      '<w:r><w:instrText> HYPERLINK "https://x" </w:instrText></w:r>',
      '<mc:AlternateContent><mc:Choice Requires="wps"><w:r><w:drawing><w:txbxContent>' + para(run('Rust')) + '</w:txbxContent></w:drawing></w:r></mc:Choice><mc:Fallback><w:pict><w:txbxContent>' + para(run('Rust')) + '</w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent>',
    );
    expect(text(body)).toBe('GoRust');
  });

  it('collapses runs of empty paragraphs and trims', () => {
    expect(text(para() + para(run('A')) + para() + para() + para() + para(run('B')) + para())).toBe('A\n\nB');
  });

  it('says a ZIP without word/document.xml is not a Word document', () => {
    expect(readDocxText(zipSync({ 'Skills.csv': strToU8('Name\nGo') }))).toEqual({ ok: false, error: DOCX_MESSAGES.notWord });
  });

  it('says an empty document holds no text', () => {
    expect(readDocxText(docx(para() + para(run('  '))))).toEqual({ ok: false, error: DOCX_MESSAGES.empty });
    expect(readDocxText(docx('<w:p><w:r><w:drawing/></w:r></w:p>'))).toEqual({ ok: false, error: DOCX_MESSAGES.empty });
  });

  it('passes on the unzip messages for broken files', () => {
    expect(readDocxText(strToU8('not a zip'))).toEqual({ ok: false, error: ZIP_MESSAGES.notZip });
    const cut = docx(para(run('Jane')));
    expect(readDocxText(cut.slice(0, 200))).toEqual({ ok: false, error: ZIP_MESSAGES.notZip });
  });

  it('reads a long document of many one-cell tables, one line per row', () => {
    const xml = `<w:body>${'<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p></w:tc></w:tr></w:tbl>'.repeat(20_000)}</w:body>`;
    expect(documentXmlText(xml).split('\n')).toHaveLength(20_000);
  });
});

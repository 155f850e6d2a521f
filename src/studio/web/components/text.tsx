/**
 * Definition texts as written in the YAML: paragraphs separated by blank lines, lines starting
 * "- " as a bulleted list. Always text nodes, never markup: a definition cannot inject HTML.
 */

export function Paragraphs({ text }: { text: string }) {
  const blocks: Array<{ list: boolean; lines: string[] }> = [];
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    if (!trimmed) {
      blocks.push({ list: false, lines: [] });
      continue;
    }
    const list = trimmed.startsWith('- ');
    const last = blocks[blocks.length - 1];
    if (last && last.list === list && (list || last.lines.length)) last.lines.push(list ? trimmed.slice(2) : trimmed);
    else blocks.push({ list, lines: [list ? trimmed.slice(2) : trimmed] });
  }
  return (
    <>
      {blocks.filter((block) => block.lines.length).map((block, index) =>
        block.list
          ? <ul key={index}>{block.lines.map((line, at) => <li key={at}>{line}</li>)}</ul>
          : <p key={index}>{block.lines.map((line, at) => (at ? [<br key={`b${at}`} />, line] : line))}</p>)}
    </>
  );
}

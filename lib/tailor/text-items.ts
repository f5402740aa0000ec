/** A stretch of free text that reads as one bullet: a paragraph, or one line of a "- " list. */
export interface TextItem {
  /** Whitespace collapsed, list marker dropped. */
  text: string;
  /** Where the item's words sit in the source, so an edit replaces exactly them and keeps the rest as written. */
  start: number;
  end: number;
}

const LIST_LINE = /^(\s*[-•*–]\s+)(.*?)\s*$/;

/** Summaries and descriptions hold paragraphs and lists ("Intro.\n\n- Created benchee\n- Maintained simplecov"). */
export function splitTextItems(text: string): TextItem[] {
  const items: TextItem[] = [];
  let paragraph: { start: number; end: number } | null = null;
  const closeParagraph = () => {
    if (paragraph) items.push({ ...paragraph, text: text.slice(paragraph.start, paragraph.end).replace(/\s+/g, ' ') });
    paragraph = null;
  };
  let offset = 0;
  for (const line of text.split('\n')) {
    const lineStart = offset;
    offset += line.length + 1;
    const list = LIST_LINE.exec(line);
    if (list) {
      closeParagraph();
      const start = lineStart + list[1]!.length;
      if (list[2]) items.push({ text: list[2].replace(/\s+/g, ' '), start, end: start + list[2].length });
    } else if (!line.trim()) {
      closeParagraph();
    } else {
      const start = lineStart + (line.length - line.trimStart().length);
      const end = lineStart + line.trimEnd().length;
      paragraph = paragraph ? { start: paragraph.start, end } : { start, end };
    }
  }
  closeParagraph();
  return items;
}

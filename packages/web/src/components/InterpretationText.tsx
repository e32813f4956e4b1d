// Plain text as typed, with paragraphs: one <p> per paragraph, indented two characters as a 公文 paragraph is. The
// normative documents' 政策解读 and the published decisions' text and interpretation on the portal show through it.
export function InterpretationText({ body }: { body: string }) {
  return (
    <div data-testid="interpretation-body">
      {body
        .split(/\n\s*\n|\n/)
        .filter((x) => x.trim() !== '')
        .map((para, i) => (
          <p key={i} style={{ textIndent: '2em', margin: '0 0 8px' }}>
            {para.trim()}
          </p>
        ))}
    </div>
  );
}

/**
 * One more entry for the small test knowledge (test/fixtures/knowledge-valid), as YAML list items: the
 * answer to a question the fixture cannot answer. Append it to a file's `entries:` list.
 */
export const ZERO_WASTE_ENTRY = `
  - id: zero-waste
    topic: Target zero waste
    answer: Pemkot Madiun menargetkan konsep zero waste pada 2027.
    source: berita-uji
    answers: [definition, target, list]
    questions:
      - Apa target zero waste?
    keywords: [zero waste, sampah, target]
`;

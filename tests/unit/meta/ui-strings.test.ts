// Meta-test: no UI string is hard-coded. Words reach the reader only through the typed i18n layer
// (lib/i18n, public/_locales): JSX text, the attributes people read or hear, option labels and status
// messages in components/ and the pages' App.tsx, and sentences in the lib code that produces words.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');

/**
 * What may stay literal: the product's name, units and symbols, and sample input. Anything else with
 * letters is a word and needs a message key.
 */
const ALLOWED = new Set(['Hashfloor', 'BTC', 'USD', 'EH/s', 'J/TH', 'USD/kWh', 'T', 'k', 'M', 'example.com']);
/** Attributes and props whose text is read or heard. */
const SPOKEN_ATTRIBUTES = new Set([
  'aria-label',
  'aria-valuetext',
  'aria-description',
  'title',
  'placeholder',
  'alt',
  'label',
  'legend',
  'hint',
  'description',
  'onText',
  'offText',
  'unit',
  'costLabel',
]);
/** Object properties that carry words to a control (radio options, switch texts, statuses). */
const SPOKEN_PROPERTIES = new Set(['label', 'hint', 'text', 'title', 'message', 'legend', 'description']);

const hasWords = (text: string) => {
  const trimmed = text.trim();
  return /\p{L}/u.test(trimmed) && !ALLOWED.has(trimmed);
};
/** Two words in a row: a phrase, not a tag name, class, key or id. */
const isPhrase = (text: string) => /\p{L}{2,}[ \u00a0]+\p{L}{2,}/u.test(text);

/** The literal text of a string or template (its fixed parts). */
function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return null;
}

const COMPARISONS = new Set([
  ts.SyntaxKind.EqualsEqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsEqualsToken,
  ts.SyntaxKind.EqualsEqualsToken,
  ts.SyntaxKind.ExclamationEqualsToken,
]);
const MESSAGE_KEYS = new Set(
  Object.keys(JSON.parse(readFileSync(join(ROOT, 'public/_locales/en/messages.json'), 'utf8'))),
);

/**
 * String literals that would reach the screen from `node`: not arguments of a call (t('key'),
 * format(…)), not compared with, not message keys, not inside nested elements (visited on their own).
 */
function loose(node: ts.Node, out: ts.Node[] = []): ts.Node[] {
  const text = literalText(node);
  if (text !== null) {
    if (!MESSAGE_KEYS.has(text)) out.push(node);
  } else if (
    !ts.isCallExpression(node) &&
    !ts.isElementAccessExpression(node) &&
    !ts.isJsxElement(node) &&
    !ts.isJsxSelfClosingElement(node) &&
    !ts.isJsxFragment(node) &&
    !(ts.isPropertyAssignment(node) && !SPOKEN_PROPERTIES.has(node.name.getText())) &&
    !(ts.isBinaryExpression(node) && COMPARISONS.has(node.operatorToken.kind))
  )
    ts.forEachChild(node, (child) => void loose(child, out));
  return out;
}

function scanJsx(file: string, text = readFileSync(join(ROOT, file), 'utf8')): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) =>
    found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} "${text.trim()}"`);
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasWords(node.text)) report(node, node.text);
    if (ts.isJsxExpression(node) && node.expression && !ts.isJsxAttribute(node.parent))
      for (const literal of loose(node.expression)) {
        const text = literalText(literal)!;
        if (hasWords(text)) report(literal, text);
      }
    if (ts.isJsxAttribute(node) && SPOKEN_ATTRIBUTES.has(node.name.getText()) && node.initializer) {
      const value = ts.isJsxExpression(node.initializer) ? node.initializer.expression : node.initializer;
      for (const literal of value ? loose(value) : []) {
        const text = literalText(literal)!;
        if (hasWords(text)) report(literal, text);
      }
    }
    if (ts.isPropertyAssignment(node) && SPOKEN_PROPERTIES.has(node.name.getText())) {
      for (const literal of loose(node.initializer)) {
        const text = literalText(literal)!;
        if (hasWords(text)) report(literal, text);
      }
    }
    // setError('…'), setStatus(…): messages shown to the reader.
    if (ts.isCallExpression(node) && /^set(Error|RefreshError|Status)$/.test(node.expression.getText()))
      for (const arg of node.arguments)
        for (const literal of loose(arg)) {
          const text = literalText(literal)!;
          if (hasWords(text)) report(literal, text);
        }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

function scanPhrases(file: string): string[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest,
    true,
  );
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    const text = literalText(node);
    // Developers' logs and the machine messages a reader's words are chosen by are not UI.
    const parent = node.parent;
    const notUi =
      parent !== undefined &&
      ts.isCallExpression(parent) &&
      /^console\.|\.startsWith$/.test(parent.expression.getText());
    if (text !== null && isPhrase(text) && !notUi) found.push(`${file}: "${text}"`);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const list = (dir: string, pattern: RegExp) =>
  readdirSync(join(ROOT, dir))
    .filter((name) => pattern.test(name))
    .map((name) => `${dir}/${name}`);

/** The lib and component code that produces words for people (the rest of lib/ speaks to code). */
const WORD_PRODUCERS = [
  ...list('components', /\.ts$/),
  'lib/overlay/copy.ts',
  'lib/overlay/card.ts',
  'lib/overlay/badge-data.ts',
  'lib/background/toolbar.ts',
  'lib/background/service.ts',
  'lib/alerts/evaluate.ts',
  'lib/economics/cost-range.ts',
  'lib/i18n/model-words.ts',
  'lib/format-metrics.ts',
];

describe('no hard-coded UI strings', () => {
  it('components and pages put every word through t()', () => {
    const files = [
      ...list('components', /\.tsx$/),
      ...['popup', 'options', 'welcome'].map((page) => `entrypoints/${page}/App.tsx`),
    ];
    expect(files.length).toBeGreaterThan(20);
    expect(files.flatMap((file) => scanJsx(file))).toEqual([]);
  });

  it('lib code that produces words has no sentences of its own', () => {
    expect(WORD_PRODUCERS.flatMap(scanPhrases)).toEqual([]);
  });

  it('the scanner sees what it must see', () => {
    // A sanity check on the scanner itself, with the forms it looks for.
    const snippet = `const a = <p title="Hi there" class="x">Refresh {ok ? 'Done' : t('refresh')}<b>BTC</b></p>;
      setError('No luck'); const o = { label: 'Light', value: 'light' };`;
    expect(scanJsx('snippet.tsx', snippet).map((hit) => hit.split(' ').slice(1).join(' '))).toEqual([
      '"Hi there"',
      '"Refresh"',
      '"Done"',
      '"No luck"',
      '"Light"',
    ]);
    expect(hasWords(' Refresh ')).toBe(true);
    expect(hasWords('Hashfloor')).toBe(false);
    expect(isPhrase('at cost')).toBe(true);
    expect(isPhrase('aria-label')).toBe(false);
  });

  it('the gate every frame gets uses no i18n at all', () => {
    const gate = ['entrypoints/gate.ts', ...list('lib/gate', /\.ts$/)];
    for (const file of gate) expect(readFileSync(join(ROOT, file), 'utf8'), file).not.toMatch(/i18n/);
  });
});

/** Delimiters of every file we write (declared in ISA: element "*", repetition "^", component ":", segment "~"). */
export const ELEMENT_SEPARATOR = "*";
export const REPETITION_SEPARATOR = "^";
export const COMPONENT_SEPARATOR = ":";
export const SEGMENT_TERMINATOR = "~";

const DELIMITER_PATTERN = /[*~:^]/;

/** An element is a simple value or a composite (its components, joined by ":"). */
export type X12Element = string | readonly string[];

export interface X12Segment {
  tag: string;
  elements: readonly X12Element[];
}

export function segment(tag: string, ...elements: X12Element[]): X12Segment {
  return { tag, elements };
}

/**
 * Writes one segment: trailing empty elements and components are dropped, as X12 requires.
 * Values reach this point already checked or cleaned; a delimiter here is a programming error.
 */
export function writeSegment({ tag, elements }: X12Segment): string {
  const written = dropTrailingEmpty(elements.map((element) => writeElement(tag, element)));
  if (written.length === 0) throw new Error(`Refusing to write an empty ${tag} segment`);
  return [tag, ...written].join(ELEMENT_SEPARATOR) + SEGMENT_TERMINATOR;
}

function writeElement(tag: string, element: X12Element): string {
  const components = typeof element === "string" ? [element] : element;
  for (const component of components) {
    if (DELIMITER_PATTERN.test(component)) {
      throw new Error(`A delimiter reached element data in ${tag}: ${JSON.stringify(component)}`);
    }
  }
  return dropTrailingEmpty(components).join(COMPONENT_SEPARATOR);
}

function dropTrailingEmpty(values: readonly string[]): string[] {
  const kept = [...values];
  while (kept.length > 0 && kept[kept.length - 1] === "") kept.pop();
  return kept;
}

/** True when the value holds one of our delimiters (and so cannot be an element as it is). */
export function hasDelimiter(value: string): boolean {
  return DELIMITER_PATTERN.test(value);
}

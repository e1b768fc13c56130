import { useEffect, useId, useState } from "react";

export interface ParsedFieldProps<T> {
  label: string;
  value: T;
  format(value: T): string;
  /** The parsed value, or a message saying what is wrong with the text. */
  parse(text: string): { value: T } | { problem: string };
  onCommit(value: T): void;
  /** What is wrong with the value itself (e.g. a saved draft held an unreadable one), until a valid value is committed. */
  issue?: string;
  inputMode?: "numeric" | "decimal" | "text";
  width?: string;
  list?: string;
}

/**
 * A text field that keeps what the user typed even when it is not valid yet, says
 * why, and only commits valid values: bad input never loses work.
 */
export function ParsedField<T>({ label, value, format, parse, onCommit, issue, inputMode = "text", width, list }: ParsedFieldProps<T>) {
  const id = useId();
  const [text, setText] = useState(() => format(value));
  const [typedProblem, setProblem] = useState<string>();
  const problem = typedProblem ?? issue;
  useEffect(() => {
    if (!typedProblem) setText(format(value));
  }, [value]);
  const change = (next: string) => {
    setText(next);
    const parsed = parse(next);
    if ("problem" in parsed) return setProblem(parsed.problem);
    setProblem(undefined);
    onCommit(parsed.value);
  };
  return (
    <span className="parsed-field">
      <input
        aria-label={label}
        value={text}
        inputMode={inputMode}
        list={list}
        style={width ? { width } : undefined}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-problem` : undefined}
        onChange={(e) => change(e.target.value)}
      />
      {problem && <span id={`${id}-problem`} className="field-problem">{problem}</span>}
    </span>
  );
}

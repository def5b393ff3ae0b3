"use client";
import {
  autocompletion,
  closeBrackets,
  closeCompletion,
  closeBracketsKeymap,
  completionKeymap,
  type Completion,
  type CompletionContext,
  type CompletionResult,
} from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap } from "@codemirror/commands";
import {
  bracketMatching,
  defaultHighlightStyle,
  StreamLanguage,
  syntaxHighlighting,
} from "@codemirror/language";
import { cypher } from "@codemirror/legacy-modes/mode/cypher";
import { lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorState, Prec } from "@codemirror/state";
import {
  EditorView,
  highlightActiveLine,
  keymap,
  lineNumbers,
  placeholder,
} from "@codemirror/view";
import { useEffect, useRef } from "react";
import { completionAt, CYPHER_KEYWORDS, type CompletionKind } from "@/lib/console/completion";
import type { CypherPosition } from "@/lib/console/errors";
import type { LiveSchema } from "@/lib/console/schema";
import styles from "./console.module.css";

export interface EditorError {
  message: string;
  position: CypherPosition;
}

interface CypherEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  schema: LiveSchema | null;
  paramNames: string[];
  error: EditorError | null;
}

const KIND_TYPE: Record<CompletionKind, string> = {
  label: "type",
  relationshipType: "interface",
  property: "property",
  parameter: "variable",
  procedure: "function",
  keyword: "keyword",
};

function optionsFor(
  kind: CompletionKind,
  schema: LiveSchema | null,
  paramNames: string[],
): Completion[] {
  const names =
    kind === "label"
      ? schema?.labels
      : kind === "relationshipType"
        ? schema?.relationshipTypes
        : kind === "property"
          ? schema?.propertyKeys
          : kind === "procedure"
            ? schema?.procedures
            : kind === "parameter"
              ? paramNames
              : CYPHER_KEYWORDS;
  return (names ?? []).map((label) => ({
    label,
    type: KIND_TYPE[kind],
    ...(kind === "procedure" && { apply: `${label}(` }),
  }));
}

/** The range to underline for an error: from its offset to the end of the word there (at least one character). */
function errorRange(doc: string, offset: number): { from: number; to: number } {
  const from = Math.min(Math.max(offset, 0), doc.length);
  const word = /^[\w$`]+/.exec(doc.slice(from))?.[0].length ?? 1;
  return { from, to: Math.min(doc.length, from + Math.max(word, 1)) };
}

/**
 * CodeMirror 6 with Cypher highlighting (the legacy Cypher mode), completion of labels,
 * relationship types, properties, procedures and parameters, Ctrl/Cmd+Enter to run, and syntax
 * errors from the server underlined where Neo4j says they are.
 */
export function CypherEditor({
  value,
  onChange,
  onRun,
  schema,
  paramNames,
  error,
}: CypherEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const live = useRef({ onChange, onRun, schema, paramNames });
  live.current = { onChange, onRun, schema, paramNames };

  useEffect(() => {
    if (!host.current) return;
    const complete = (context: CompletionContext): CompletionResult | null => {
      const before = context.state.sliceDoc(0, context.pos);
      const at = completionAt(before, context.explicit);
      // A single letter is usually a variable: offer keywords from the second letter on, or on Ctrl+Space.
      if (!at || (at.kind === "keyword" && !context.explicit && at.prefix.length < 2)) return null;
      const options = optionsFor(at.kind, live.current.schema, live.current.paramNames);
      return options.length ? { from: at.from, options, validFor: /^[\w.]*$/ } : null;
    };
    const run = (target: EditorView) => {
      closeCompletion(target);
      live.current.onRun();
      return true;
    };
    const instance = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: value,
        extensions: [
          Prec.highest(keymap.of([{ key: "Mod-Enter", run }])),
          lineNumbers(),
          EditorView.lineWrapping,
          history(),
          bracketMatching(),
          closeBrackets(),
          highlightActiveLine(),
          StreamLanguage.define(cypher),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          autocompletion({ override: [complete], activateOnTyping: true, icons: false }),
          lintGutter(),
          keymap.of([
            ...closeBracketsKeymap,
            ...defaultKeymap,
            ...historyKeymap,
            ...completionKeymap,
          ]),
          placeholder("MATCH (p:Person)-[m:MET_WITH]-(other) RETURN p, m, other LIMIT 25"),
          EditorView.contentAttributes.of({ "aria-label": "Cypher query" }),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) live.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = instance;
    return () => {
      instance.destroy();
      view.current = null;
    };
    // Created once: later values arrive through the effects below and the `live` ref.
  }, []);

  useEffect(() => {
    const instance = view.current;
    if (!instance || instance.state.doc.toString() === value) return;
    instance.dispatch({ changes: { from: 0, to: instance.state.doc.length, insert: value } });
  }, [value]);

  useEffect(() => {
    const instance = view.current;
    if (!instance) return;
    const doc = instance.state.doc.toString();
    const diagnostics = error
      ? [
          {
            ...errorRange(doc, error.position.offset),
            severity: "error" as const,
            message: error.message,
          },
        ]
      : [];
    instance.dispatch(setDiagnostics(instance.state, diagnostics));
  }, [error]);

  return <div ref={host} className={styles.editor} data-testid="cypher-editor" />;
}

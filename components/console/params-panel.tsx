"use client";
import styles from "./console.module.css";

/** The `$parameters` of the query as a JSON object; the error says what is wrong with it. */
export function ParamsPanel({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: string | null;
}) {
  return (
    <div className={styles.params}>
      <label htmlFor="console-params" className={styles.paramsLabel}>
        Parameters (JSON)
      </label>
      <textarea
        id="console-params"
        className={styles.paramsText}
        value={value}
        spellCheck={false}
        placeholder={'None. For $name, write:\n{"name": "Dmitriev"}'}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "console-params-error" : undefined}
        onChange={(e) => onChange(e.target.value)}
      />
      {error && (
        <p id="console-params-error" className={styles.paramsError}>
          {error}
        </p>
      )}
    </div>
  );
}

"use client";
import { RELATIONS } from "@/lib/schema/relations";
import { legendLabel } from "@/lib/view/relation-label";
import { PATH_LIMITS, type PathOptions } from "@/lib/view/path-options";

function toggle<T>(list: T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** The path finder's options, set from the view: relation types, go-betweens, minimum evidence, how many paths. */
export function PathOptionsForm({
  options,
  onChange,
}: {
  options: PathOptions;
  onChange: (o: PathOptions) => void;
}) {
  return (
    <details className="path-options">
      <summary>
        Options:{" "}
        {options.relationTypes.length === RELATIONS.length
          ? "all relation types"
          : `${options.relationTypes.length} relation types`}
        {options.peopleAndOrganizationsOnly ? ", people and organisations only" : ""}
        {options.minEvidence > 1 ? `, at least ${options.minEvidence} sentences` : ""}, up to{" "}
        {options.limit} {options.limit === 1 ? "path" : "paths"}
      </summary>
      <label className="setting">
        <input
          type="checkbox"
          checked={options.peopleAndOrganizationsOnly}
          onChange={(e) => onChange({ ...options, peopleAndOrganizationsOnly: e.target.checked })}
        />{" "}
        People and organisations only (no country or place in between)
      </label>
      <fieldset>
        <legend>Relation types on the way</legend>
        {RELATIONS.map((r) => (
          <label key={r.name} className="setting">
            <input
              type="checkbox"
              checked={options.relationTypes.includes(r.name)}
              onChange={() =>
                onChange({ ...options, relationTypes: toggle(options.relationTypes, r.name) })
              }
            />{" "}
            {legendLabel(r)}
          </label>
        ))}
      </fieldset>
      <label className="field">
        Minimum evidence per step
        <input
          type="number"
          min={1}
          max={50}
          value={options.minEvidence}
          onChange={(e) =>
            onChange({ ...options, minEvidence: Math.max(1, Number(e.target.value) || 1) })
          }
        />
      </label>
      <label className="field">
        Up to
        <select
          value={options.limit}
          onChange={(e) => onChange({ ...options, limit: Number(e.target.value) })}
        >
          {PATH_LIMITS.map((k) => (
            <option key={k} value={k}>
              {k} {k === 1 ? "path" : "paths"}
            </option>
          ))}
        </select>
      </label>
    </details>
  );
}

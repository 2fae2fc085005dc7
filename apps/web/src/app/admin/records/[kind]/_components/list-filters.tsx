import { FilterForm, SelectField, TextField } from '~/components/filters/filter-form';
import { PAGE_SIZES, type WorkbenchState } from '~/filters/workbench-params';

/**
 * Search and "show deleted" as a plain GET form, so they land in the URL beside the order; a new search
 * starts again at page 1.
 */
export function ListFilters({
  action,
  state,
  searchLabel,
}: {
  action: string;
  state: WorkbenchState;
  searchLabel: string;
}) {
  return (
    <FilterForm action={action} resetHref={action}>
      <TextField label={searchLabel} name="q" value={state.q} type="search" size={30} />
      <SelectField
        label="Rows per page"
        name="size"
        value={String(state.size)}
        options={PAGE_SIZES.map((n) => ({ value: String(n), label: String(n) }))}
      />
      <label className="inline-flex items-center gap-2 self-center">
        <input type="checkbox" name="deleted" value="true" defaultChecked={state.deleted} />
        Show deleted records instead
      </label>
      <input type="hidden" name="sort" value={state.sort} />
      <input type="hidden" name="dir" value={state.dir} />
    </FilterForm>
  );
}

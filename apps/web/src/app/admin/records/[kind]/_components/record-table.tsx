'use client';

import { useRouter } from 'next/navigation';
import { useMemo } from 'react';
import {
  functionalUpdate,
  useTable,
  type PaginationState,
  type SortingState,
} from '@tanstack/react-table';
import type { ListedKind } from '@tianshan/model';
import { TableBox, td, th } from '~/components/ui/section';
import { workbenchUrl, type WorkbenchState } from '~/filters/workbench-params';
import { recordColumns } from './record-columns';
import { features, type ListRow } from './record-table-types';
import { TablePager } from './table-pager';

/**
 * One page of a kind's records. The table library holds the sort and page state and renders the rows; the
 * server already sorted and paged them, so a change only rewrites the URL and the page reads the new one.
 */
export function RecordTable({
  kind,
  title,
  rows,
  total,
  state,
  canDelete,
}: {
  kind: ListedKind;
  title: string;
  rows: ListRow[];
  total: number;
  state: WorkbenchState;
  canDelete: boolean;
}) {
  const router = useRouter();
  const columns = useMemo(() => recordColumns(kind, canDelete), [kind, canDelete]);
  const sorting: SortingState = [{ id: state.sort, desc: state.dir === 'desc' }];
  const pagination: PaginationState = { pageIndex: state.page - 1, pageSize: state.size };
  const go = (next: Partial<WorkbenchState>) =>
    router.push(workbenchUrl(`/admin/records/${kind}`, { ...state, ...next }));

  const table = useTable({
    features,
    columns,
    data: rows,
    rowCount: total,
    getRowId: (row) => String(row.id),
    state: { sorting, pagination },
    manualSorting: true,
    manualPagination: true,
    enableMultiSort: false,
    enableSortingRemoval: false,
    sortDescFirst: false,
    onSortingChange: (updater) => {
      const [first] = functionalUpdate(updater, sorting);
      go({ sort: first?.id ?? 'id', dir: first?.desc ? 'desc' : 'asc', page: 1 });
    },
    onPaginationChange: (updater) => {
      // Only the page moves here; the page size is chosen in the filters form.
      go({ page: functionalUpdate(updater, pagination).pageIndex + 1 });
    },
  });

  return (
    <div className="space-y-3">
      <TableBox caption={`${title} records`}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    className={th}
                    aria-sort={
                      sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                    }
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="inline-flex items-center gap-1 font-semibold hover:underline"
                        onClick={header.column.getToggleSortingHandler()}
                      >
                        <table.FlexRender header={header} />
                        <span aria-hidden="true">
                          {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                        </span>
                      </button>
                    ) : (
                      <table.FlexRender header={header} />
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id} className={`${td} max-w-xs truncate`}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </TableBox>
      <TablePager
        page={state.page}
        pageCount={table.getPageCount()}
        total={total}
        canPrevious={table.getCanPreviousPage()}
        canNext={table.getCanNextPage()}
        onPrevious={() => table.previousPage()}
        onNext={() => table.nextPage()}
      />
    </div>
  );
}

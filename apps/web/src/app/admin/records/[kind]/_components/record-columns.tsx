import Link from 'next/link';
import type { ColumnDef } from '@tanstack/react-table';
import { LISTED_KINDS, listFieldsOf, sortableFieldsOf, type ListedKind } from '@tianshan/model';
import { DeleteRestore } from '~/components/admin/delete-restore';
import { cellText } from './cell-text';
import type { ListRow, TableFeatures } from './record-table-types';

/** Where a record of the kind is edited: sources are opened on their own page, which lists what cites them. */
function editHref(kind: ListedKind, id: number): string {
  return kind === 'source' ? `/sources/${id}` : `/admin/records/${kind}/${id}`;
}

/**
 * The list's columns, from the kind's descriptor: its id, each listed field (sortable where the descriptor
 * says so) and the row's actions. No kind has a hand-written column list.
 */
export function recordColumns(
  kind: ListedKind,
  canDelete: boolean,
): ColumnDef<TableFeatures, ListRow>[] {
  const descriptor = LISTED_KINDS[kind];
  const sortable = new Set(sortableFieldsOf(descriptor));
  const idColumn: ColumnDef<TableFeatures, ListRow> = {
    id: 'id',
    header: 'ID',
    accessorFn: (row) => row.id,
    enableSorting: true,
  };
  const fieldColumns = listFieldsOf(descriptor).map((name): ColumnDef<TableFeatures, ListRow> => {
    const spec = descriptor.fields[name];
    return {
      id: name,
      header: spec?.label ?? name,
      accessorFn: (row) => row[name],
      enableSorting: sortable.has(name),
      cell: ({ getValue }) => (spec ? cellText(spec, getValue()) : String(getValue() ?? '')),
    };
  });
  const actions: ColumnDef<TableFeatures, ListRow> = {
    id: 'actions',
    header: 'Actions',
    enableSorting: false,
    cell: ({ row }) => {
      const { id, version, deletedAt } = row.original;
      const label = `${descriptor.title} #${id}`;
      return (
        <div className="flex items-center gap-2">
          {deletedAt ? null : (
            <Link
              className="text-accent underline"
              href={editHref(kind, id)}
              aria-label={`Edit ${label}`}
            >
              {kind === 'source' ? 'Open' : 'Edit'}
            </Link>
          )}
          {canDelete ? (
            <DeleteRestore
              kind={kind}
              id={id}
              deleted={Boolean(deletedAt)}
              version={version}
              label={label}
            />
          ) : null}
        </div>
      );
    },
  };
  return [idColumn, ...fieldColumns, actions];
}

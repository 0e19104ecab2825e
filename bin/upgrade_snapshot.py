#!/usr/bin/env python
"""Snapshot a PostgreSQL database and compare it after an upgrade, with SQL only.

Used by bin/upgrade_check.sh; it needs no model code, so the same script reads
the database made by the old code and the one migrated by the new code.

    upgrade_snapshot.py recreate-db URL        drop and create a scratch database
    upgrade_snapshot.py drop-db URL
    upgrade_snapshot.py snapshot URL OUT.json  what the old code left behind
    upgrade_snapshot.py compare URL OLD.json   the same database now; exit 1 on a difference

A snapshot keeps, per table: the columns, the row count, an md5 per column over
all rows in primary-key order, an md5 per row (so a difference names the rows),
and the first and last rows as JSON (so a difference shows the values). Besides
the tables: the content types and the permissions of every group and user as
(app label, model, codename).
"""

import json
import sys
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

sys.path.insert(0, str(Path(__file__).resolve().parent))
import upgrade_moves as moves  # noqa: E402  (beside this script, not a package)

SAMPLE = 20  # rows kept from each end of a table, for showing a difference
ROW_HASH_LIMIT = 200_000  # above this many rows only the per-column md5s are kept
SHOWN = 5  # rows named per difference


# --- Connections ---------------------------------------------------------------------------


def connect(url, **kwargs):
    return psycopg.connect(url, **kwargs)


def database_name(url):
    return urlsplit(url).path.lstrip("/")


def maintenance_url(url):
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres"))


def guard_scratch(url):
    # Dropping is only ever for the scratch database: a mistyped URL must not
    # wipe a real one.
    name = database_name(url)
    if not name.startswith("upgrade"):
        sys.exit(
            f"refusing to drop {name!r}: the scratch database's name must start with 'upgrade'"
        )
    return name


def drop_db(url):
    name = guard_scratch(url)
    with connect(maintenance_url(url), autocommit=True) as conn:
        conn.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )


def recreate_db(url):
    drop_db(url)
    name = database_name(url)
    with connect(maintenance_url(url), autocommit=True) as conn:
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


# --- Reading the schema ----------------------------------------------------------------


def tables(conn):
    rows = conn.execute(
        "SELECT table_name FROM information_schema.tables"
        " WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name"
    ).fetchall()
    return [name for (name,) in rows]


def columns(conn, table):
    rows = conn.execute(
        "SELECT column_name, data_type FROM information_schema.columns"
        " WHERE table_schema = 'public' AND table_name = %s ORDER BY ordinal_position",
        [table],
    ).fetchall()
    return dict(rows)


def primary_key(conn, table):
    rows = conn.execute(
        "SELECT k.column_name FROM information_schema.table_constraints c"
        " JOIN information_schema.key_column_usage k"
        "   ON k.constraint_name = c.constraint_name AND k.table_schema = c.table_schema"
        "  AND k.table_name = c.table_name"
        " WHERE c.table_schema = 'public' AND c.table_name = %s"
        "   AND c.constraint_type = 'PRIMARY KEY' ORDER BY k.ordinal_position",
        [table],
    ).fetchall()
    return [name for (name,) in rows]


def ident_list(names):
    return sql.SQL(", ").join(sql.Identifier(name) for name in names)


def key_expr(pk):
    # The row's key as text, e.g. "12" or "3,7" for a composite key.
    return sql.SQL("concat_ws(',', {})").format(
        sql.SQL(", ").join(sql.SQL("{}::text").format(sql.Identifier(c)) for c in pk)
    )


def row_expr(cols):
    # ROW(...)::text tells NULL from '' and has no argument limit.
    return sql.SQL("md5(ROW({})::text)").format(ident_list(cols))


# --- Measuring one table -----------------------------------------------------------------


def measure(conn, table, cols, pk, up_to_pk=None):
    """Count, per-column md5s and per-row md5s of `cols` of `table`.

    `up_to_pk` limits a growing table to the rows the old snapshot had.
    """
    tbl = sql.Identifier(table)
    where = sql.SQL("")
    if up_to_pk is not None:
        where = sql.SQL(" WHERE {} <= {}").format(sql.Identifier(pk[0]), sql.Literal(up_to_pk))
    (count,) = conn.execute(sql.SQL("SELECT count(*) FROM {}{}").format(tbl, where)).fetchone()
    column_md5 = {}
    if cols:
        aggregates = []
        for col in cols:
            value = sql.SQL("quote_nullable({}::text)").format(sql.Identifier(col))
            # Without a primary key rows have no order of their own: sort each column's values.
            order = ident_list(pk) if pk else value
            aggregates.append(sql.SQL("md5(string_agg({}, ',' ORDER BY {}))").format(value, order))
        query = sql.SQL("SELECT {} FROM {}{}").format(sql.SQL(", ").join(aggregates), tbl, where)
        column_md5 = dict(zip(cols, conn.execute(query).fetchone(), strict=True))
    row_md5 = None
    if pk and cols and count <= ROW_HASH_LIMIT:
        query = sql.SQL("SELECT {}, {} FROM {}{}").format(key_expr(pk), row_expr(cols), tbl, where)
        row_md5 = dict(conn.execute(query).fetchall())
    return count, column_md5, row_md5


def sample(conn, table, pk):
    if not pk:
        return {}
    rows = []
    for direction in (sql.SQL("ASC"), sql.SQL("DESC")):
        order = sql.SQL(", ").join(
            sql.SQL("{} {}").format(sql.Identifier(c), direction) for c in pk
        )
        query = sql.SQL("SELECT {}, row_to_json(t)::text FROM {} t ORDER BY {} LIMIT {}").format(
            key_expr(pk), sql.Identifier(table), order, sql.Literal(SAMPLE)
        )
        rows += conn.execute(query).fetchall()
    return {key: json.loads(text) for key, text in rows}


def snapshot_table(conn, table):
    cols = columns(conn, table)
    pk = primary_key(conn, table)
    count, column_md5, row_md5 = measure(conn, table, list(cols), pk)
    max_pk = None
    if len(pk) == 1 and cols[pk[0]] in ("integer", "bigint", "smallint"):
        query = sql.SQL("SELECT max({}) FROM {}").format(
            sql.Identifier(pk[0]), sql.Identifier(table)
        )
        (max_pk,) = conn.execute(query).fetchone()
    return {
        "columns": cols,
        "pk": pk,
        "count": count,
        "max_pk": max_pk,
        "column_md5": column_md5,
        "row_md5": row_md5,
        "sample": sample(conn, table, pk),
    }


# --- Content types and permissions ------------------------------------------------------


def content_types(conn):
    rows = conn.execute("SELECT id, app_label, model FROM django_content_type ORDER BY id")
    return {str(id_): [app_label, model] for id_, app_label, model in rows.fetchall()}


def permissions(conn, link_table, owner_table, owner_column, owner_fk):
    """{owner: [[app_label, model, codename], ...]} for groups or users."""
    names = set(tables(conn))
    if link_table not in names or owner_table not in names:
        return {}
    query = sql.SQL(
        "SELECT o.{owner_column}, ct.app_label, ct.model, p.codename"
        " FROM {link} l JOIN {owner} o ON o.id = l.{owner_fk}"
        " JOIN auth_permission p ON p.id = l.permission_id"
        " JOIN django_content_type ct ON ct.id = p.content_type_id"
        " ORDER BY 1, 2, 3, 4"
    ).format(
        owner_column=sql.Identifier(owner_column),
        link=sql.Identifier(link_table),
        owner=sql.Identifier(owner_table),
        owner_fk=sql.Identifier(owner_fk),
    )
    result = defaultdict(list)
    for owner, app_label, model, codename in conn.execute(query).fetchall():
        result[owner].append([app_label, model, codename])
    return dict(result)


def group_permissions(conn):
    return permissions(conn, "auth_group_permissions", "auth_group", "name", "group_id")


def user_permissions(conn):
    return permissions(conn, "auth_user_user_permissions", "auth_user", "username", "user_id")


def snapshot(url, out):
    with connect(url) as conn:
        data = {
            "tables": {table: snapshot_table(conn, table) for table in tables(conn)},
            "content_types": content_types(conn),
            "group_permissions": group_permissions(conn),
            "user_permissions": user_permissions(conn),
        }
    # Not sort_keys: the per-row md5s depend on the column order.
    Path(out).write_text(json.dumps(data, indent=1, default=str))
    rows = sum(t["count"] for t in data["tables"].values())
    print(f"snapshot: {len(data['tables'])} tables, {rows} rows -> {out}")


# --- Comparing ------------------------------------------------------------------------------


def label_may_become(old_label, new_label):
    return new_label == old_label or new_label in moves.APP_LABEL_MOVES.get(old_label, set())


def shown(keys):
    keys = sorted(
        keys, key=lambda k: [int(p) if p.lstrip("-").isdigit() else p for p in k.split(",")]
    )
    more = f" (+{len(keys) - SHOWN} more)" if len(keys) > SHOWN else ""
    return ", ".join(keys[:SHOWN]) + more


def compare_table(conn, table, old, new_tables, problems, notes):
    """One line of the table printed at the end: (table, rows, columns, values, result)."""
    new_name = moves.RENAMED_TABLES.get(table, table)
    label = table if new_name == table else f"{table} -> {new_name}"
    if new_name not in new_tables:
        problems.append(f"{label}: the table is gone")
        return label, f"{old['count']} -> -", "-", "-", "FAIL"
    if new_name in moves.REWRITTEN_TABLES:
        notes.append(f"{new_name}: rewritten on purpose ({moves.REWRITTEN_TABLES[new_name]})")
        return label, f"{old['count']} -> ?", "-", "rewritten", "ok"
    new_cols = columns(conn, new_name)
    new_pk = [moves.RENAMED_COLUMNS.get(f"{new_name}.{c}", c) for c in old["pk"]]
    failed = False
    compared = []  # (old column, new column)
    for col, old_type in old["columns"].items():
        new_col = moves.RENAMED_COLUMNS.get(f"{new_name}.{col}", col)
        if new_col not in new_cols and f"{new_name}.{new_col}" in moves.DROPPED_COLUMNS:
            notes.append(f"{new_name}.{new_col}: dropped on purpose")
            continue
        if new_col not in new_cols:
            problems.append(f"{new_name}.{new_col}: the column is gone")
            failed = True
            continue
        if new_cols[new_col] != old_type:
            notes.append(f"{new_name}.{new_col}: type {old_type} -> {new_cols[new_col]}")
        if f"{new_name}.{new_col}" not in moves.CHECKED_ELSEWHERE:
            compared.append((col, new_col))
    growing = new_name in moves.GROWING_TABLES or table in moves.GROWING_TABLES
    (total,) = conn.execute(
        sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(new_name))
    ).fetchone()
    if total < old["count"] or (total > old["count"] and not growing):
        problems.append(f"{new_name}: {old['count']} rows before, {total} after")
        failed = True
    up_to = old["max_pk"] if growing and old["max_pk"] is not None else None
    if growing and up_to is None and total != old["count"]:
        notes.append(f"{new_name}: grew by {total - old['count']} rows (old rows not compared)")
        return label, f"{old['count']} -> {total}", f"{len(compared)}", "skipped", "ok"
    new_cols_compared = [new for _old, new in compared]
    _count, column_md5, row_md5 = measure(conn, new_name, new_cols_compared, new_pk, up_to)
    changed_cols = [
        (col, new_col)
        for col, new_col in compared
        if old["column_md5"].get(col) != column_md5.get(new_col)
    ]
    missing, changed_keys = set(), set()
    # Row md5s only over the same columns as before: a dropped column is reported
    # once above instead of making every row look changed.
    if old["row_md5"] is not None and row_md5 is not None and len(compared) == len(old["columns"]):
        missing = set(old["row_md5"]) - set(row_md5)
        changed_keys = {
            k for k in set(old["row_md5"]) & set(row_md5) if old["row_md5"][k] != row_md5[k]
        }
    if missing:
        problems.append(f"{new_name}: rows gone, key {shown(missing)}")
        failed = True
    if missing or (up_to is None and _count != old["count"]):
        # With rows gone or added every column's md5 differs: name the changed rows instead.
        changed_cols = []
        if changed_keys:
            problems.append(f"{new_name}: rows changed, key {shown(changed_keys)}")
            failed = True
    for col, new_col in changed_cols:
        failed = True
        in_rows = (
            f" in {len(changed_keys)} row(s), key {shown(changed_keys)}" if changed_keys else ""
        )
        example = value_example(conn, new_name, new_pk, old, col, new_col, changed_keys)
        problems.append(f"{new_name}.{new_col}: values changed{in_rows}{example}")
    values = f"{len(compared)} cols" + (f", {len(old['row_md5'])} rows" if old["row_md5"] else "")
    rows = f"{old['count']} -> {total}"
    return label, rows, f"{len(compared)}/{len(old['columns'])}", values, "FAIL" if failed else "ok"


def value_example(conn, table, pk, old, col, new_col, changed_keys):
    """'; key 12: "Äijälä" -> ""' from a row the old snapshot kept whole."""
    for key in sorted(set(old["sample"]) & changed_keys) or sorted(old["sample"]):
        query = sql.SQL("SELECT (row_to_json(t) -> {})::text FROM {} t WHERE {} = {}").format(
            sql.Literal(new_col), sql.Identifier(table), key_expr(pk), sql.Literal(key)
        )
        row = conn.execute(query).fetchone()
        before = old["sample"][key].get(col)
        after = json.loads(row[0]) if row and row[0] is not None else None
        if row is None:
            return f"; key {key}: {before!r} -> row gone"
        if before != after:
            return f"; key {key}: {before!r} -> {after!r}"
    return ""


def compare_content_types(old, new, problems):
    for id_, (app_label, model) in old.items():
        if id_ not in new:
            problems.append(f"content type {id_} {app_label}.{model} is gone")
            continue
        new_label, new_model = new[id_]
        if new_model != model or not label_may_become(app_label, new_label):
            problems.append(
                f"content type {id_} was {app_label}.{model}, is {new_label}.{new_model}"
                " (declare app moves in bin/upgrade_moves.py)"
            )


def compare_permissions(kind, old, new, problems, notes):
    for owner, perms in sorted(old.items()):
        have = defaultdict(set)
        for app_label, model, codename in new.get(owner, []):
            have[(model, codename)].add(app_label)
        for app_label, model, codename in perms:
            labels = have.get((model, codename), set())
            if not any(label_may_become(app_label, label) for label in labels):
                problems.append(f"{kind} {owner!r} lost the permission {app_label}.{codename}")
    for owner, perms in sorted(new.items()):
        before = {(m, c) for _a, m, c in old.get(owner, [])}
        gained = sorted(f"{a}.{c}" for a, m, c in perms if (m, c) not in before)
        if gained:
            notes.append(f"{kind} {owner!r} gained {', '.join(gained)}")


def check_sequences(conn, problems):
    """After moving tables, the next insert must not reuse a key."""
    for table in tables(conn):
        pk = primary_key(conn, table)
        if len(pk) != 1:
            continue
        (seq,) = conn.execute("SELECT pg_get_serial_sequence(%s, %s)", [table, pk[0]]).fetchone()
        if not seq:
            continue
        query = sql.SQL("SELECT (SELECT max({}) FROM {}), last_value, is_called FROM {}").format(
            sql.Identifier(pk[0]), sql.Identifier(table), sql.SQL(seq)
        )
        max_pk, last_value, is_called = conn.execute(query).fetchone()
        next_value = last_value + 1 if is_called else last_value
        if max_pk is not None and next_value <= max_pk:
            problems.append(
                f"{table}: the sequence {seq} would give {next_value}, max key {max_pk}"
            )


def print_table(rows):
    header = ("table", "rows old -> new", "columns", "values compared", "result")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths, strict=True)))


def compare(url, old_path):
    old = json.loads(Path(old_path).read_text())
    problems, notes, lines = [], [], []
    with connect(url) as conn:
        new_tables = set(tables(conn))
        for table, old_table in sorted(old["tables"].items()):
            lines.append(compare_table(conn, table, old_table, new_tables, problems, notes))
        known = {moves.RENAMED_TABLES.get(t, t) for t in old["tables"]}
        added = sorted(new_tables - known)
        compare_content_types(old["content_types"], content_types(conn), problems)
        compare_permissions(
            "group", old["group_permissions"], group_permissions(conn), problems, notes
        )
        compare_permissions(
            "user", old["user_permissions"], user_permissions(conn), problems, notes
        )
        check_sequences(conn, problems)
    print_table(lines)
    print(f"\nnew tables: {', '.join(added) or 'none'}")
    print(f"content types compared: {len(old['content_types'])}")
    groups = old["group_permissions"]
    print(
        f"group permissions compared: {sum(map(len, groups.values()))} in {len(groups)} groups;"
        f" user permissions: {sum(map(len, old['user_permissions'].values()))}"
    )
    for note in notes:
        print(f"note: {note}")
    if problems:
        print(f"\nUPGRADE CHECK FAILED: {len(problems)} difference(s)")
        for problem in problems:
            print(f"  - {problem}")
        return 1
    print(f"\nno difference in {len(lines)} tables")
    return 0


def main(argv):
    commands = {
        "recreate-db": (recreate_db, 1),
        "drop-db": (drop_db, 1),
        "snapshot": (snapshot, 2),
        "compare": (compare, 2),
    }
    if len(argv) < 2 or argv[1] not in commands or len(argv) - 2 != commands[argv[1]][1]:
        sys.exit(__doc__)
    function, _arity = commands[argv[1]]
    return function(*argv[2:]) or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

package dev.retrotrack.ingest.parsing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;

/** A GFM table with its columns mapped to {@link Role}s. */
final class Table {

    final List<String> headers;
    final Map<Role, Integer> columns;
    final List<Row> rows;
    final int line;

    private Table(List<String> headers, List<Row> rows, int line) {
        this.headers = headers;
        this.rows = rows;
        this.line = line;
        this.columns = new EnumMap<>(Role.class);
        for (int i = 0; i < headers.size(); i++) {
            Role role = Role.of(headers.get(i));
            if (role != null) {
                columns.putIfAbsent(role, i);
            }
        }
    }

    /** One body row: its cells (nodes, so emphasis inside a cell can be read) and its source line. */
    static final class Row {

        private final List<Node> cells;
        private final int line;
        /** Each cell's text once read: readers ask for the same cells again (label, title, every column). */
        private final String[] texts;
        private final boolean[] read;

        Row(List<Node> cells, int line) {
            this.cells = cells;
            this.line = line;
            this.texts = new String[cells.size()];
            this.read = new boolean[cells.size()];
        }

        List<Node> cells() {
            return cells;
        }

        int line() {
            return line;
        }

        String text(Integer column) {
            if (column == null || column >= cells.size()) {
                return null;
            }
            if (!read[column]) {
                texts[column] = textOf(cells.get(column));
                read[column] = true;
            }
            return texts[column];
        }

        private static String textOf(Node cell) {
            String text = Markdown.text(cell).replace('\n', ' ').strip();
            return text.isEmpty() || text.equals("-") || text.equals("—") || text.equals("–") ? null : text;
        }

        Node cell(Integer column) {
            return column == null || column >= cells.size() ? null : cells.get(column);
        }
    }

    /**
     * Every table among these blocks, keyed by its block (compared by identity), in document order; with the tables
     * directly inside their list items, where a Notion export flattens a toggle ("- Stories" over an indented table).
     */
    static Map<Node, Table> allIn(List<Node> blocks) {
        Map<Node, Table> tables = new java.util.LinkedHashMap<>();
        for (Node block : blocks) {
            if (block instanceof TableBlock table) {
                tables.put(block, of(table));
            } else if (block instanceof ListBlock) {
                for (TableBlock nested : inListItems(block)) {
                    tables.put(nested, of(nested));
                }
            }
        }
        return tables;
    }

    /** The tables that are direct children of this list's items (one level only: toggles are not nested deeper). */
    static List<TableBlock> inListItems(Node list) {
        List<TableBlock> nested = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof TableBlock table) {
                    nested.add(table);
                }
            }
        }
        return nested;
    }

    static Table of(TableBlock block) {
        List<String> headers = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            if (part instanceof TableHead head && head.getFirstChild() != null) {
                for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                    headers.add(Markdown.text(cell));
                }
            } else if (part instanceof TableBody body) {
                for (Node row = body.getFirstChild(); row != null; row = row.getNext()) {
                    List<Node> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell) {
                            cells.add(cell);
                        }
                    }
                    rows.add(new Row(cells, Markdown.line(row)));
                }
            }
        }
        return new Table(List.copyOf(headers), List.copyOf(rows), Markdown.line(block));
    }

    Integer column(Role role) {
        return columns.get(role);
    }

    boolean has(Role role) {
        return columns.containsKey(role);
    }
}

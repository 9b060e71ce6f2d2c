using System.Collections.Generic;
using System.Xml.Linq;
using ServiceEfficiency.Text;

namespace ServiceEfficiency.Templates.Office;

/// <summary>
/// Names every paragraph of a part as a person finds it in Writer or Word: <c>paragraph 4</c>
/// outside tables, <c>table 2, row 3, cell 1</c> (and <c>, paragraph 2</c> after a cell's first)
/// inside them. Tables are numbered in document order, nested ones too; rows and cells from 1,
/// merged (covered) cells counted so that cell numbers are column numbers.
/// </summary>
internal static class OfficePlaces
{
    /// <summary>Each paragraph of <paramref name="root"/> with its place, in document order.</summary>
    /// <param name="root">The part's root element.</param>
    /// <param name="dialect">The part's vocabulary.</param>
    /// <param name="part">The part's name when it is not the body (<c>footer1.xml</c>), shown before each place; null for the body.</param>
    public static List<(XElement Paragraph, string Place)> Of(XElement root, OfficeDialect dialect, string? part)
    {
        var places = new List<(XElement, string)>();
        var walk = new Walk(dialect, part, places);
        walk.Visit(root, null);
        return places;
    }

    private sealed class Walk
    {
        private readonly OfficeDialect _dialect;
        private readonly string? _part;
        private readonly List<(XElement, string)> _places;
        private int _tables;
        private int _paragraphs;

        public Walk(OfficeDialect dialect, string? part, List<(XElement, string)> places)
        {
            _dialect = dialect;
            _part = part;
            _places = places;
        }

        public void Visit(XElement element, Cell? cell)
        {
            foreach (XElement child in element.Elements())
            {
                if (_dialect.IsSkipped(child))
                {
                    continue;
                }

                if (_dialect.IsTable(child))
                {
                    var table = new Table(++_tables);
                    VisitTable(child, table);
                }
                else if (_dialect.IsParagraph(child))
                {
                    string place = cell is null
                        ? Messages.OfficePlaceParagraph.Format(++_paragraphs)
                        : ++cell.Paragraphs == 1
                            ? Messages.OfficePlaceCell.Format(cell.Table, cell.Row, cell.Number)
                            : Messages.OfficePlaceCellParagraph.Format(cell.Table, cell.Row, cell.Number, cell.Paragraphs);
                    _places.Add((child, _part is null ? place : Messages.OfficePlaceInPart.Format(_part, place)));
                    Visit(child, cell); // text boxes and notes inside a paragraph hold paragraphs of their own
                }
                else
                {
                    Visit(child, cell);
                }
            }
        }

        private void VisitTable(XElement element, Table table)
        {
            foreach (XElement child in element.Elements())
            {
                if (_dialect.IsRow(child))
                {
                    table.Rows++;
                    int cells = 0;
                    foreach (XElement cell in child.Elements())
                    {
                        if (_dialect.IsCell(cell))
                        {
                            Visit(cell, new Cell(table.Number, table.Rows, ++cells));
                        }
                    }
                }
                else if (!_dialect.IsTable(child) && !_dialect.IsParagraph(child))
                {
                    VisitTable(child, table); // header-row groups, row groups, Word's row wrappers
                }
            }
        }
    }

    private sealed class Table
    {
        public Table(int number) => Number = number;

        public int Number { get; }

        public int Rows { get; set; }
    }

    private sealed class Cell
    {
        public Cell(int table, int row, int number)
        {
            Table = table;
            Row = row;
            Number = number;
        }

        public int Table { get; }

        public int Row { get; }

        public int Number { get; }

        public int Paragraphs { get; set; }
    }
}

"""Writes the hostile workbooks of HostileWorkbookTests (run from this folder; the files are committed).

row-past-sheet.xlsx: a row numbered Int64.max (a sheet ends at row 1,048,576).
hundred-merges.xlsx: 4 KB listing a hundred merges of a million cells each.
"""
import zipfile


def workbook(path, sheet_data, after=""):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
                   '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="x" Target="worksheets/sheet1.xml"/></Relationships>')
        z.writestr("xl/worksheets/sheet1.xml",
                   '<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<sheetData>' + sheet_data + '</sheetData>' + after + '</worksheet>')


header = ('<row r="1"><c r="A1" t="inlineStr"><is><t>指标</t></is></c><c r="B1" t="inlineStr"><is><t>单位</t></is></c>'
          '<c r="C1" t="inlineStr"><is><t>2020</t></is></c></row>')
workbook("row-past-sheet.xlsx",
         header + '<row r="9223372036854775807"><c t="inlineStr"><is><t>税收</t></is></c>'
         '<c t="inlineStr"><is><t>元</t></is></c><c><v>1</v></c></row>')
merges = "".join('<mergeCell ref="A1:ALL1000"/>' for _ in range(100))
workbook("hundred-merges.xlsx", header, '<mergeCells count="100">' + merges + '</mergeCells>')

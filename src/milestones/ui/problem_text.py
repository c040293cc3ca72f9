"""What an import says about a file, or the store about an edit, in the interface's language.

The Qt-free core (reading, parsing, writing) words its problems in Chinese,
the planners' language, with the file's own text quoted in them. The English
interface shows them through this catalogue: each Chinese message, as the core
builds it, with its English. Text from the file (a sheet, a header, a cell)
stays as written, in “quotes”. A message the catalogue does not know is shown
as it is — Chinese, never lost.
"""
from __future__ import annotations

import re

from .lang import language

# (the core's wording with {placeholders}, the English). A placeholder named
# "inner" holds another message of this catalogue and is translated in turn;
# one named "cn_quarter" holds a quarter's numeral (一 … 四), given as its digit; one named
# "zh_fields" a list of a project's fields ("区域、总投资"), given by their English names.
_MESSAGES = [
    # opening a database (store/database.py)
    ("{db} 由较新版本的 milestones 升级过（数据库版本 {rev}，本程序最高支持 {head}）；请先升级 milestones 再打开",
     "{db} was upgraded by a newer milestones (database version {rev}; this version knows up to {head}): "
     "upgrade milestones, then open it"),
    ("{db} 不是 milestones 计划数据库（没有版本信息）", "{db} is not a milestones plan database (it has no version)"),
    # a printout narrowed to some projects (timeline/data.py narrowed_to)
    ("没有名为“{area}”的板块；有：{zh_list}", "No area is named “{area}”; the plan has: {zh_list}"),
    ("没有类别为“{cls}”的项目；有：{zh_list}", "No project is of the class “{cls}”; the plan has: {zh_list}"),
    ("没有名为“{area}”的板块", "No area is named “{area}”"),
    ("没有类别为“{cls}”的项目", "No project is of the class “{cls}”"),
    ("没有业主单位或责任单位为“{unit}”的项目", "No project's owner or responsible unit is “{unit}”"),
    ("没有名为“{zone}”的区域；应为 东部、中部、西部 或 全区", "No zone is named “{zone}”: it is 东部 (east), 中部 (central), "
     "西部 (west) or 全区 (district-wide)"),
    ("导出的是 xlsx 表格，文件名应以 .xlsx 结尾（得到：{out}）",
     "The export is an xlsx table: its file name ends in .xlsx (given: {out})"),
    ("--{option} 只用于{zh_tables}（得到：{kind}）", "--{option} is for {zh_tables} only (given: {kind})"),
    ("--{option} 不能与 --each-unit 同用（各单位的表是其全部记录）",
     "--{option} cannot go with --each-unit (each unit's table holds all its rows)"),
    ("{year}年没有调整过完成时限、目标内容或责任单位的目标",
     "no target's deadline, wording or units were revised in {year}"),
    ("只含调整过的目标只用于举措表（得到：{kind}）",
     "the targets revised in the year are a measures table's only (given: {kind})"),
    ("{year}年的{zh_what}没有填写单位，无法只导出“{unit}”的",
     "No unit is named in {year}'s {zh_what}: “{unit}” has nothing to export"),
    ("{year}年的{zh_what}中没有单位“{unit}”；有：{zh_list}", "{year}'s {zh_what} names no unit “{unit}”; it names: {zh_list}"),
    ("预警应为 严重滞后、滞后、正常、未到期 或 已完成，而不是“{light}”",
     "A warning is one of very late, late, on track, not due or done, not “{light}”"),
    # the database file could not be opened or copied (store/database.py sqlite_in_words)
    ("无法打开数据库 {db}：{inner}", "Cannot open the database {db}: {inner}"),
    ("无法升级数据库 {db}：它需要升级到这个版本的 milestones，而您的账号没有升级它的权限；请数据库的管理员先用这个版本打开它一次"
     "（数据库未改动）",
     "Cannot upgrade the database {db}: this version of milestones needs it upgraded, and your account may not do "
     "that; ask the database's administrator to open it once with this version (the database is unchanged)"),
    ("无法升级数据库 {db}：升级前未能备份到本机（{why}），数据库未改动",
     "Cannot upgrade the database {db}: it could not first be backed up on this computer ({why}); it is unchanged"),
    ("没有给出数据库：应为 SQLite 文件路径或 postgresql:// 地址",
     "No database given: it is an SQLite file's path or a postgresql:// address"),
    ("无法识别的数据库地址“{url}”：应为如 postgresql://用户@服务器:5432/数据库",
     "“{url}” is no database address: it is like postgresql://user@server:5432/database"),
    ("不支持的数据库“{kind}”：应为 SQLite 文件路径或 postgresql:// 地址",
     "“{kind}” databases are not supported: give an SQLite file's path or a postgresql:// address"),
    # copying a plan database (store/copy.py)
    ("没有找到要复制的数据库 {db}", "No database to copy was found at {db}"),
    ("{db} 中没有计划，没有可复制的内容", "{db} holds no plan: there is nothing to copy"),
    ("目标数据库 {db} 已有数据（表 {table}），不会覆盖；请复制到一个新的数据库",
     "The target database {db} holds data already (table {table}) and is not overwritten: copy to a new database"),
    ("磁盘出错或已满（{sqlite}）", "the disk failed or is full ({sqlite})"),
    ("磁盘已满（{sqlite}）", "the disk is full ({sqlite})"),
    ("文件或它所在的文件夹打不开（{sqlite}）", "the file or its folder cannot be opened ({sqlite})"),
    ("文件是只读的（{sqlite}）", "the file is read-only ({sqlite})"),
    ("文件正被另一个程序占用（{sqlite}）", "another program holds the file ({sqlite})"),
    ("不是数据库文件，或已损坏（{sqlite}）", "it is not a database file, or it is damaged ({sqlite})"),
    ("计划文件已损坏；可用“文件 → 打开自动备份…”从备份恢复（{sqlite}）",
     "the plan file is damaged ({sqlite}): File → Open a daily backup… restores it from a backup"),
    ("计划文件已损坏，未写入任何内容；可用“文件 → 打开自动备份…”从备份恢复",
     "The plan file is damaged: nothing was written. File → Open a daily backup… restores it from a backup"),
    # the plan file deleted or replaced while open (store/database.py FileGone)
    ("计划文件 {path} 已被删除、移走或替换，修改无法保存到它，未写入任何内容；请用“文件 → 备份数据库…”把打开着的计划另存一份，再打开它",
     "The plan file {path} was deleted, moved or replaced: changes cannot be saved to it, nothing was written. "
     "Save the plan open here with File → Back up the plan…, then open that copy"),
    # the database file or its disk refused a write (store/database.py refusal_text)
    ("磁盘空间不足，未写入任何内容；腾出磁盘空间后再做一次",
     "The disk is full: nothing was written. Free some disk space, then do it again"),
    ("计划文件是只读的，未写入任何内容；请检查文件的权限，或另存一份再改",
     "The plan file is read-only: nothing was written. Check the file's permissions, or save a copy and change that"),
    ("计划文件正被另一个程序写入，等候超时，未写入任何内容；请稍后再做一次",
     "Another program is writing to the plan file and the wait ran out: nothing was written. Do it again in a "
     "moment"),
    # an import whose plan changed while its preview was open (spreadsheet/importer.py PlanChangedSincePreview)
    ("预览之后计划已有改动（同事或另一个程序写入了同样的项目或指标），未写入任何数据；已按现在的计划重新预览，请核对后再导入",
     "The plan changed after the preview (a colleague or another program wrote the same projects or indicators): "
     "nothing was written. Previewed again against the plan as it is now: check it, then import"),
    # a shared plan another colleague kept writing to (store/database.py WritersBusy)
    ("共享计划正由另一位同事写入（如导入一份大表），等候 {n} 秒仍未写完，未写入任何内容；请稍后再做一次",
     "A colleague is writing to the shared plan (an import of a large table, say) and was not done after {n} "
     "seconds: nothing was written. Do it again in a moment"),
    ("读写计划文件时磁盘出错，未写入任何内容；请检查磁盘（或网络盘、U 盘）后再做一次",
     "The disk failed while the plan file was written: nothing was written. Check the disk (or network drive, USB "
     "drive), then do it again"),
    ("计划文件或它所在的文件夹已打不开（被移走、改名或断开），未写入任何内容",
     "The plan file or its folder can no longer be opened (moved, renamed or disconnected): nothing was written"),
    # a printout (timeline/print.py)
    ("所选页码超出范围：共{n}页", "The pages chosen are beyond the printout's last: it has {n} pages"),
    ("页面在 {dpi} dpi 下太大，无法生成图片；请降低分辨率", "A page at {dpi} dpi is too large for an image: lower the resolution"),
    ("无法写入 {target}：{inner}", "Cannot write {target}: {inner}"),  # written.py
    ("磁盘已满，或没有写入这个文件夹的权限", "the disk is full, or the folder may not be written to"),
    ("文件夹 {folder} 不存在", "the folder {folder} does not exist"),
    ("{path} 是一个文件，不是文件夹", "{path} is a file, not a folder"),
    ("没有写入权限，或这个文件正在 Excel、WPS 中打开（请先关闭它）（{system}）",
     "no permission to write, or the file is open in Excel or WPS (close it first) ({system})"),
    ("磁盘是只读的（{system}）", "the disk is read-only ({system})"),
    ("磁盘配额已满（{system}）", "the disk quota is used up ({system})"),
    ("文件超过了这个磁盘或系统允许的大小（{system}）", "the file is larger than this disk or system allows ({system})"),
    # a backup (store/backup.py)
    ("备份文件不能是正在使用的数据库本身，请另选文件名",
     "The backup cannot be the database in use itself: choose another file name"),
    ("无法备份到 {dest}：{inner}", "Cannot back up to {dest}: {inner}"),
    ("无法从备份恢复 {backup}：文件不存在", "Cannot restore from {backup}: the file does not exist"),
    ("无法从备份恢复 {backup}：{why}", "Cannot restore from {backup}: {why}"),
    ("备份文件校验未通过（{verdict}），未保存", "The backup failed its check ({verdict}) and was not kept"),
    # the plan's warning-light rules (domain/progress.py LightRules.problem)
    ("“滞后”的季度数应至少为 1，且不大于“严重滞后”的季度数",
     "“Late” needs at least 1 quarter, and no more quarters than “Very late”"),
    ("落后序时进度的百分点应在 0 到 100 之间，且“滞后”不大于“严重滞后”",
     "Points behind the time elapsed are between 0 and 100, and “Late” is no more than “Very late”"),
    ("低于序时进度的比例应在 0 到 100% 之间", "The share of the time elapsed is between 0 and 100%"),
    ("“基本达到时序进度”的百分点应在 0 到 100 之间", "The points of “nearly on pace” are between 0 and 100"),
    # reading the file (spreadsheet/read.py); it names the file first, see the end
    ("文件不存在", "the file does not exist"),
    ("这是文件夹，不是表格文件", "this is a folder, not a spreadsheet"),
    ("文件是空的（0 字节）", "the file is empty (0 bytes)"),
    ("文件过大（{size} MB，上限 {limit} MB）", "the file is too large ({size} MB; the limit is {limit} MB)"),
    ("这是旧版 Excel（.xls）文件，请在 Excel 或 WPS 中“另存为” .xlsx 后再导入",
     "this is an old Excel file (.xls): save it as .xlsx in Excel or WPS, then import that"),
    ("文件已加密（设置了打开密码）或是旧版 Office 格式；请去掉密码并另存为 .xlsx",
     "the file is encrypted (it has a password to open it) or in an old Office format: remove the password "
     "and save it as .xlsx"),
    ("不支持 .xls 格式，请另存为 .xlsx 后再导入", ".xls is not supported: save the file as .xlsx, then import that"),
    ("这是 WPS 表格（.et）文件，请在 WPS 中“另存为” .xlsx 后再导入",
     "this is a WPS spreadsheet (.et): save it as .xlsx in WPS, then import that"),
    ("这是 OpenDocument 文件，但不是表格（.ods），请另存为 .xlsx 后再导入",
     "this is an OpenDocument file but not a spreadsheet (.ods): save it as .xlsx, then import that"),
    ("OpenDocument 表格无法读取（{why}），请另存为 .xlsx 后再导入",
     "the OpenDocument spreadsheet cannot be read ({why}): save it as .xlsx, then import that"),
    ("这是 Excel 或 WPS 打开“{name}”时留下的临时文件，不是表格；请导入“{again}”本身",
     "this is the temporary file Excel or WPS leaves while “{name}” is open, not a table: import “{again}” itself"),
    ("这是 PDF 文件，不是表格：请导入原来的 Excel/WPS 表格，或先把 PDF 转成表格（如 WPS 的“PDF转Excel”）再导入；"
     "转换后的每页表格会接着第一页读取",
     "this is a PDF, not a table: import the original Excel or WPS table, or turn the PDF into one first (as WPS's "
     "PDF to Excel does), then import that; its pages' tables are read on from the first page's"),
    ("不是 xlsx 文件（文件内容不是 Office Open XML 压缩包）",
     "not an xlsx file (its content is not an Office Open XML package)"),
    ("不是 xlsx 文件（文件内容是文本，像是改了扩展名的 CSV：请把扩展名改为 .csv 后再导入）",
     "not an xlsx file (its content is text, like a CSV file renamed: name it .csv and import it again)"),
    ("无法读取（{why}）", "the file cannot be read ({why})"),
    ("无法读取：文件已损坏，或不是 Excel、WPS 保存的表格；请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入（{why}）",
     "the file cannot be read: it is damaged, or no table Excel or WPS saved; open it in Excel or WPS and save it as "
     ".xlsx, then import that ({why})"),
    ("这是 Word 文档，不是表格：请把扩展名改为 .docx 后再导入（文档中的表格可以导入）",
     "this is a Word document, not a table: rename it to .docx and import it again (the tables in a document can "
     "be imported)"),
    ("这是 PowerPoint 演示文稿，不是表格：请把其中的表格复制到 Excel 或 WPS 表格，保存为 .xlsx 后再导入",
     "this is a PowerPoint presentation, not a table: copy its tables into Excel or WPS, save them as .xlsx and "
     "import that"),
    ("不是 xlsx 文件（压缩包中没有工作簿）：请在 Excel 或 WPS 中打开后另存为 .xlsx 再导入",
     "not an xlsx file (the package holds no workbook): open it in Excel or WPS, save it as .xlsx and import that"),
    ("文件已损坏或不完整（不是有效的压缩包）", "the file is damaged or incomplete (not a valid zip package)"),
    ("压缩包内文件过多（{n} 个）", "the package holds too many files ({n})"),
    ("不是 xlsx 文件（缺少 [Content_Types].xml）", "not an xlsx file ([Content_Types].xml is missing)"),
    ("文件已加密，请去掉密码后再导入", "the file is encrypted: remove the password, then import it"),
    ("解压后超过 {n} MB，疑似压缩炸弹，已拒绝", "over {n} MB once unpacked: refused as a likely zip bomb"),
    ("“{member}”压缩比异常（{n} 倍），疑似压缩炸弹，已拒绝",
     "“{member}” is compressed {n} times over: refused as a likely zip bomb"),
    ("文件已损坏（{why}）", "the file is damaged ({why})"),
    ("“{member}”含有 DTD/实体声明（可能是 XML 炸弹），已拒绝",
     "“{member}” declares a DTD or entities (a possible XML bomb): refused"),
    ("工作表“{sheet}”有 {n} 行，超过上限 {limit} 行", "sheet “{sheet}” has {n} rows, over the limit of {limit}"),
    ("工作表“{sheet}”有 {n} 列，超过上限 {limit} 列", "sheet “{sheet}” has {n} columns, over the limit of {limit}"),
    ("工作表“{sheet}”有 {n} 个单元格，超过上限 {limit}", "sheet “{sheet}” has {n} cells, over the limit of {limit}"),
    ("工作表“{sheet}”的 {cell} 单元格有内容（“{text}”），表格因此有 {n} 行，超过上限 {limit} 行：如是多余的内容，请删除这个单元格后再导入",
     "cell {cell} of sheet “{sheet}” holds “{text}”, which makes the table {n} rows long, over the limit of {limit}: "
     "if it is left over, delete that cell, then import the file"),
    ("工作表“{sheet}”的 {cell} 单元格有内容（“{text}”），表格因此有 {n} 列，超过上限 {limit} 列：如是多余的内容，请删除这个单元格后再导入",
     "cell {cell} of sheet “{sheet}” holds “{text}”, which makes the table {n} columns wide, over the limit of "
     "{limit}: if it is left over, delete that cell, then import the file"),
    # an .xlsb's (spreadsheet/far_cells.py xlsb_within_limits: its value is not decoded)
    ("工作表“{sheet}”的 {cell} 单元格有内容，表格因此有 {n} 行，超过上限 {limit} 行：如是多余的内容，请删除这个单元格后再导入",
     "cell {cell} of sheet “{sheet}” holds a value, which makes the table {n} rows long, over the limit of {limit}: "
     "if it is left over, delete that cell, then import the file"),
    ("工作表“{sheet}”的 {cell} 单元格有内容，表格因此有 {n} 列，超过上限 {limit} 列：如是多余的内容，请删除这个单元格后再导入",
     "cell {cell} of sheet “{sheet}” holds a value, which makes the table {n} columns wide, over the limit of "
     "{limit}: if it is left over, delete that cell, then import the file"),
    ("工作表“{sheet}”在第 {n} 列以外还有内容（“{text}”），超过上限 {limit} 列：如是多余的内容，请删除后再导入",
     "sheet “{sheet}” holds “{text}” beyond column {n}, over the limit of {limit} columns: if it is left over, "
     "delete it, then import the file"),
    ("工作表“{sheet}”在第 {n} 行以下还有内容（“{text}”），超过上限 {limit} 行：如是多余的内容，请删除后再导入",
     "sheet “{sheet}” holds “{text}” below row {n}, over the limit of {limit} rows: if it is left over, delete it, "
     "then import the file"),
    ("工作表“{sheet}”在第 {n} 列以外还有只有空格的单元格，超过上限 {limit} 列：如是多余的内容，请删除后再导入",
     "sheet “{sheet}” has a cell of spaces beyond column {n}, over the limit of {limit} columns: delete it, then "
     "import the file"),
    ("工作表“{sheet}”在第 {n} 行以下还有只有空格的单元格，超过上限 {limit} 行：如是多余的内容，请删除后再导入",
     "sheet “{sheet}” has a cell of spaces below row {n}, over the limit of {limit} rows: delete it, then import "
     "the file"),
    ("Word 文档中的表格层层嵌套（表格里套表格）过深，无法读取；请把表格复制到 Excel 后再导入",
     "the Word document's tables are nested too deep (tables inside tables) to be read: copy the table into Excel, "
     "then import it"),
    ("远处的单元格只有空格（超出表格的上限），已忽略", "a cell far beyond the table holds only spaces: left out"),
    ("这是多工作表网页的框架页，其中没有表格；请导入同名 _files 文件夹中各工作表的网页（sheet001.htm …）",
     "this is the frame page of a web page with several sheets, with no table in it: import each sheet's page from "
     "the _files folder beside it (sheet001.htm …)"),
    ("框架页中的工作表“{sheet}”指向本文件夹以外或不是网页的文件“{href}”，未读取",
     "the frame page's sheet “{sheet}” points outside its folder or to a file that is no web page, “{href}”: not read"),
    ("这是多工作表网页的框架页，工作表“{sheet}”的网页“{href}”不在它旁边；请把同名文件夹（.files 或 _files）与它放在一起，"
     "或在 Excel 中另存为 .xlsx 后再导入",
     "this is the frame page of a web page with several sheets, and the page of sheet “{sheet}”, “{href}”, is not beside "
     "it: put the folder of the same name (.files or _files) with it, or save the workbook as .xlsx in Excel, then "
     "import that"),
    ("这是单个文件网页（.mht），但其中没有网页", "this is a single-file web page (.mht) with no page in it"),
    ("单个文件网页中缺少工作表“{sheet}”的网页“{href}”", "the single-file web page lacks the page of sheet “{sheet}”, “{href}”"),
    ("这是网页文件，但其中没有表格（可能是登录页或出错页面）；请重新导出",
     "this is a web page with no table in it (perhaps a login or error page): export the table again"),
    ("文件含有 DTD/实体声明（可能是 XML 炸弹），已拒绝", "the file declares a DTD or entities (a possible XML bomb): refused"),
    ("XML 表格中没有工作表", "the XML spreadsheet holds no worksheet"),
    ("不是 Word 文档（缺少 word/document.xml）", "not a Word document (word/document.xml is missing)"),
    ("Word 文档正文过大（{size} MB）", "the Word document's text is too large ({size} MB)"),
    ("Word 文档中没有表格", "the Word document holds no table"),
    ("Word 文档中没有表格，也没有计划报告的“工作思路和具体举措”部分",
     "the Word document holds no table, nor a plan report's part on the year's work and measures"),
    ("报告所述计划数：{figures}；计划中尚未记的记入计划，概览以此对照已列入的",
     "figures the report states about the plan: {figures}; those the plan does not hold yet are recorded, and the "
     "dashboard holds what is listed against them"),
    ("从计划报告“{heading}”读出{n}项举措及其量化目标；其中{m}项没有数字，以举措本身为目标（按是否完成评价）；句中没有数字的其他任务未列为目标，请对照报告核对",
     "read from the plan report's “{heading}”: {n} measures and their quantified targets; {m} of them name no "
     "figure and are their own target (judged done or not); the other tasks with no figure in its sentences are no "
     "targets — check against the report"),
    ("这是旧版 Word（.doc）或 WPS 文字文件，请另存为 .docx 或把表格复制到 Excel 后再导入",
     "this is an old Word (.doc) or WPS document: save it as .docx, or copy its tables into Excel, then import"),
    ("不是文本格式的 CSV 文件（含二进制内容）", "not a text CSV file (it holds binary content)"),
    ("文件以 UTF-16 标记开头，但内容不是 UTF-16 文本", "the file starts with a UTF-16 mark, but what follows is no "
     "UTF-16 text"),
    ("无法识别文件编码（应为 UTF-8 或 GBK/GB18030）",
     "the text encoding is not recognised (UTF-8 or GBK/GB18030 expected)"),
    ("第 {line} 行起不是 UTF-8 文本（前面的行是）：文件像是两种编码的内容拼在一起，请统一另存为 UTF-8 或 GBK 后再导入",
     "from line {line} on the text is no UTF-8 (the lines before are): the file looks pasted together from two "
     "encodings; save it all as UTF-8 or GBK, then import"),
    ("超过上限 {limit} 行", "over the limit of {limit} rows"),
    ("超过上限 {limit} 个单元格", "over the limit of {limit} cells"),
    ("第 {row} 行有 {n} 列，超过上限 {limit} 列", "row {row} has {n} columns, over the limit of {limit}"),
    ("第 {row} 行有一个单元格超过 {limit} 个字符（多半是引号没有配对，后面的内容都进了这一格）",
     "row {row} has a cell of more than {limit} characters (most likely a quote never closed, so the rest of the "
     "file went into that cell)"),
    ("第 {row} 行无法按 CSV 读取（{why}）", "row {row} cannot be read as CSV ({why})"),
    ("表格程序库无法转换某个单元格：{why}", "the spreadsheet library could not convert a cell: {why}"),
    ("单元格设为日期格式，但其中的数 {number} 不是任何日期",
     "the cell is formatted as a date, but the number in it, {number}, is no date"),
    ("公式没有保存计算结果（请在 Excel/WPS 中打开并保存后再导入）",
     "the formula was saved without its result (open and save the file in Excel or WPS, then import it)"),
    # the workbook and its tables (spreadsheet/importer.py, layout.py)
    ("未知的表格类型，应为：{kinds}", "unknown kind of table; expected one of: {kinds}"),
    # exporting (spreadsheet/export.py)
    ("未知的表格类型“{kind}”，应为：{kinds}", "unknown kind of table “{kind}”; expected one of: {kinds}"),
    ("只导出未填报的项目时须指定填报季度", "to export only the projects not yet reported, give the quarter to report"),
    ("填报季度应为{year}年的季度，且只用于重点项目表和举措表（得到：{got}）",
     "the quarter to report must be one of {year} and is for the key-project and measures tables only (got: {got})"),
    ("只导出未填报的记录只用于重点项目表和举措表",
     "only the key-project and measures tables can be limited to what is not yet reported"),
    ("{quarter}都已填报，没有要催报的单位", "everything is reported for {quarter}: no unit to chase"),
    ("按单位导出只用于重点项目表和举措表（得到：{kind}）",
     "a table per unit is for the key-project and measures tables only (got: {kind})"),
    ("要导出的记录都没有填写单位", "none of the targets to export names a unit"),
    ("要导出的项目都没有填写业主单位或责任单位", "none of the projects to export names an owner or a responsible unit"),
    ("工作簿中没有任何数据", "the workbook holds no data"),
    ("工作表中没有可识别的表格，未导入（{inner}）", "no table found in this sheet; not imported ({inner})"),
    ("文件有错误，未导入任何数据", "the file has errors; nothing was imported"),
    ("工作表是空的", "the sheet is empty"),
    ("找不到表头（前 25 行中没有可识别的列名，如“序号、指标名称、目标、完成情况”或“项目名称、总投资、开工时间”）",
     "no header found (none of the first 25 rows names columns such as “序号、指标名称、目标、完成情况” or "
     "“项目名称、总投资、开工时间”)"),
    ("第{col}列“{head}”没有对应的字段，未导入", "column {col} “{head}” matches no field; not imported"),
    ("第{col}列“{head}”是项目的节点“{name}”，记入节点（开工、完工之外的时间）",
     "column {col} “{head}” is the project's milestone “{name}”, kept among its milestones (beside its start and "
     "completion)"),
    ("第{col}列“{head}”是项目的节点“{name}”，记入节点", "column {col} “{head}” is the project's milestone “{name}”, kept "
     "among its milestones"),
    ("第{col}列“{head}”是项目的节点“{name}”实际完成的时间，记入节点（开工、完工之外的时间）",
     "column {col} “{head}” is when the project's milestone “{name}” was reached, kept among its milestones "
     "(beside its start and completion)"),
    ("第{col}列“{head}”是项目的节点“{name}”实际完成的时间，记入节点",
     "column {col} “{head}” is when the project's milestone “{name}” was reached, kept among its milestones"),
    ("第{first}至{last}列是项目的节点“{names}”，各记入节点",
     "columns {first} to {last} are the project's milestones “{names}”: each kept among its milestones"),
    ("第{col}列“{head}”列出已办结的前期手续：各记为项目的节点",
     "column {col} “{head}” lists the approvals obtained: each is kept as a milestone of the project's"),
    ("第{col}列“{head}”列出待办理的前期手续：各记为项目的节点",
     "column {col} “{head}” lists the approvals still to obtain: each is kept as a milestone of the project's"),
    ("“{item}”不是一项前期手续的名称，未记入节点", "“{item}” names no approval: not kept as a milestone"),
    ("第{col}列“{head}”是由表中其他数算出的，未导入（程序按导入的数计算）",
     "column {col} “{head}” is worked out from the table's other figures: not imported (the program works it out "
     "from the figures imported)"),
    ("第{col}列“{head}”填的是建设性质（续建、新开工…），作为建设性质导入",
     "column {col} “{head}” holds natures (续建, 新开工…): imported as each project's nature"),
    ("第{col}列“{head}”填的是项目级别（市级重点、区级重点…），作为项目级别导入",
     "column {col} “{head}” holds levels (市级重点, 区级重点…): imported as each project's level"),
    ("第{col}列“{head}”是{y}年的，不是上一年（{year}年）的，未导入",
     "column {col} “{head}” is {y}'s, not the year before's ({year}): not imported"),
    ("第{col}列“{head}”是{y}年的，本表按{year}年导入，此列未导入（要导入{y2}年的，请把年度选为{y3}）",
     "column {col} “{head}” is {y}'s; the table is imported as {year}'s, without this column (to import {y2}'s, "
     "choose the year {y3})"),
    ("第{col}列“{head}”记入{cn_quarter}季度（表题没有写季度，按第{by}列“{by_head}”）",
     "column {col} “{head}” is taken as quarter {cn_quarter}'s: the title names no quarter, and column {by} “{by_head}” "
     "reports that quarter"),
    ("第{first}至{last}列是各季度的进展：逐季记入，完成值取最近一个填了的季度",
     "columns {first} to {last} are each quarter's progress: kept quarter by quarter; what was reached is the "
     "latest quarter filled in"),
    ("第{first}至{last}列是各季度的进展：逐季记入",
     "columns {first} to {last} are each quarter's progress: kept quarter by quarter"),
    ("第{col}列是各季度的进展：逐季记入，完成值取最近一个填了的季度",
     "column {col} is a quarter's progress: kept with its quarter; what was reached is that quarter's"),
    ("第{col}列是各季度的进展：逐季记入", "column {col} is a quarter's progress: kept with its quarter"),
    ("第{col}列“{head}”填的是单位，作为各指标的单位导入",
     "column {col} “{head}” holds units: imported as each indicator's unit"),
    ("第{first}至{last}列的金额以万元填报（表上注明“单位：万元”），已换算为亿元",
     "the amounts in columns {first} to {last} are in 10,000 yuan (“单位：万元” above the table): converted to "
     "100 million yuan"),
    ("第{first}至{last}列的金额以万元填报，已换算为亿元",
     "the amounts in columns {first} to {last} are in 10,000 yuan (“万元”): converted to 100 million yuan (“亿元”)"),
    ("第{first}至{last}列的金额以{unit}填报（表上注明“单位：{unit2}”），已换算为亿元",
     "the amounts in columns {first} to {last} are in “{unit}” (as above the table): converted to 100 million yuan "
     "(“亿元”)"),
    ("第{first}至{last}列的金额以{unit}填报，已换算为亿元",
     "the amounts in columns {first} to {last} are in “{unit}”: converted to 100 million yuan (“亿元”)"),
    ("有{n}处“同上”（第{zh_list}列），按上一行的值填入",
     "{n} cells say “同上” (“as above”, columns {zh_list}): the value of the row above is taken"),
    ("写的是“同上”，但上一行这一列没有填写：未按上一行填入",
     "says “同上” (“as above”), but the row above has nothing in this column: nothing taken from it"),
    ("是公式的文字，不是计算结果（CSV 只保存公式本身，文本格式的单元格也是如此）：未作为数值读入，文字照录",
     "is a formula's text, not its result (a CSV keeps the formula only, as does a cell formatted as text): not read as a figure, kept as written"),
    ("第{col}列“{head}”填的是文字，不是金额：没有对应的字段，未导入",
     "column {col} “{head}” holds words, not amounts: no field takes it, not imported"),
    ("第{col}列“{head}”填的是约束性、预期性，作为指标属性导入",
     "column {col} “{head}” holds “约束性” and “预期性” (binding, expected): imported as each indicator's attribute"),
    ("第{col}列没有列名，填的是单位，作为各指标的单位导入",
     "column {col} has no heading and holds units: imported as each indicator's unit"),
    ("“{words}”行由计划、实际两行算出，未导入",
     "the “{words}” rows are worked out from the planned and actual rows: not imported"),
    ("第{col}列“{head}”在区域后写了板块（如“东部-解放碑”）：分别作为区域和板块导入",
     "column {col} “{head}” names the area after the zone (as in “东部-解放碑”): imported as the zone and the area"),
    ("第{col}列有 {n} 个项目的开工只写了年份（如“{text}”），没有季度：记作该年开工，时间轴标出全年；计入该年的开工数"
     "（到四季度才算到期），不计入哪一个季度",
     "column {col}: {n} projects' starts give only the year (as in “{text}”), no quarter: recorded as starting in that "
     "year, outlined over the year in the timeline; counted in that year's starts (due by its fourth quarter), in no "
     "single quarter's"),
    ("第{col}列有 {n} 个项目只写了年份（如“{text}”），没有季度：按原文记入，时间轴标出全年；计入该年的开工数"
     "（到四季度才算到期），不计入哪一个季度",
     "column {col}: {n} projects give only the year (as in “{text}”), no quarter: kept as written, outlined over the "
     "year in the timeline; counted in that year's starts (due by its fourth quarter), in no single quarter's"),
    ("第{col}列有 {n} 个项目只写了年份（如“{text}”），没有季度：按原文记入，时间轴标出全年；计入该年的完工数"
     "（到四季度才算到期），不计入哪一个季度",
     "column {col}: {n} projects give only the year (as in “{text}”), no quarter: kept as written, outlined over the "
     "year in the timeline; counted in that year's completions (due by its fourth quarter), in no single quarter's"),
    ("第{col}列“{head}”与第{col2}列“{head2}”合起来作为任务名称（如“项目：任务”）",
     "columns {col} “{head}” and {col2} “{head2}” together name the task (as “project：task”)"),
    ("第{col}列“{head}”是任务，第{col2}列“{head2}”是它的目标",
     "column {col} “{head}” is the task, and column {col2} “{head2}” its targets"),
    ("建设性质按“{word}”导入，括号中的“{words}”记入备注",
     "the nature is imported as “{word}”; the remark in brackets, “{words}”, goes to the notes"),
    ("第{col}列“{head}”有{n}行空白：这些行按第{col2}列“{head2}”导入为不带数值的目标",
     "column {col} “{head}” is blank on {n} rows: those rows are imported as targets in words, from column {col2} "
     "“{head2}”"),
    ("每个项目按季度分行（第{col}列“{head}”）：各行的{what}记入该季度",
     "each project is on a row a quarter (column {col} “{head}”): each row's {what} go to that quarter"),
    ("每个任务按季度分行（第{col}列“{head}”）：各行的{what}记入该季度",
     "each task is on a row a quarter (column {col} “{head}”): each row's {what} is that quarter's step"),
    ("与本项目第{row}行不同：按第{row2}行导入",
     "not what the project's row {row} says: that row's is imported"),
    ("写了不止一个板块，一个项目只记一个：板块空着，所写记入建设地点",
     "more than one area: a project is in one, so none is set and the words go to where it is built (建设地点)"),
    ("其他年度的季度，该行未导入", "another year's quarter: the row is not imported"),
    ("其他年度的季度：“{words}”作为计划开工时间，该行其余未导入",
     "another year's quarter: “{words}” is taken as the planned start; the rest of the row is not imported"),
    ("其他年度的季度：“{words}”作为计划竣工时间，该行其余未导入",
     "another year's quarter: “{words}” is taken as the planned completion; the rest of the row is not imported"),
    ("是一个范围，不是一个数；请填一个数（如 12.5）", "a range, not one figure: give one figure (as 12.5)"),
    ("不是一个有限的数；应为数字（如 12.5 或 1,250）", "not a finite number: expected a number (as 12.5 or 1,250)"),
    ("数字位数过多，不是一个数；应为数字（如 12.5 或 1,250）",
     "too many digits to be one figure: expected a number (as 12.5 or 1,250)"),
    ("数字中间有空格，看不出是一个什么数；请填一个数（如 3.2 或 1 234）",
     "a space between the digits, and no telling what figure it is: give one figure (as 3.2 or 1 234)"),
    ("第{col}列“{head}”是举措的工作措施，第{col2}列“{head2}”是它的目标",
     "column {col} “{head}” says what the measure does, and column {col2} “{head2}” is its target"),
    ("第{col}列“{head}”按所写时间分为各季度的节点目标，写“开工”“竣工”的时间作为开工、完工季度",
     "column {col} “{head}” is split by the times it names into each quarter's goals, and the times it says "
     "“开工” and “竣工” are the start and the completion"),
    ("第{col}列“{head}”按所写时间分为各季度的节点目标",
     "column {col} “{head}” is split by the times it names into each quarter's goals"),
    ("表上注明“单位：{units}”：名称为增速、比率的指标取{rate}，其余取{amount}",
     "the table says “单位：{units}” above it: indicators named as a growth or a rate are in {rate}, the others in "
     "{amount}"),
    ("完成时限取自目标开头的时间", "the deadline is the time the target begins with"),
    ("名称后的“{code}”是项目代码，作为项目编码导入",
     "“{code}” after the name is the project's code: imported as its code, not as part of the name"),
    ("名称前的“{code}”是项目编号，作为项目编码导入",
     "“{code}” before the name is the project's number: imported as its code, not as part of the name"),
    ("表题写明了板块“{area}”：表中没有写板块的项目记入该板块",
     "the title names the area “{area}”: the projects whose area the table does not give are in it"),
    ("“{duty}”不是单位名称，未导入", "“{duty}” says how the units share the work: it is no unit's name, not imported"),
    ("标“牵头”的单位作为责任单位，其余作为配合单位导入",
     "the units marked “牵头” are imported as responsible, the others as the units working with them"),
    ("第{col}列“{head}”填“否”的项目，建设性质按第{col2}列“{head2}”导入",
     "where column {col} “{head}” says no, the project's nature is read from column {col2} “{head2}”"),
    ("第{col}列“{head}”填“否”的项目，{n}个开工早于{year}年，记作续建；已有项目原有的建设性质不变",
     "where column {col} “{head}” says no, the projects begun before {year} ({n}) are taken as “续建” (continuing); "
     "a project the plan holds keeps its nature"),
    ("填“否”（不是新开工），但计划开工时间在{year}年：两者不符，建设性质未导入，请核对",
     "says no (not a new start), but the planned start is in {year}: the two disagree, so no nature is imported; "
     "please check"),
    ("第{col}列“{head}”是调整前的计划，导入的是第{col2}列“{head2}”（已有项目的原计划记入变更记录）",
     "column {col} “{head}” is the plan before its revision: column {col2} “{head2}” is imported (a project the plan "
     "holds keeps the original in its record of changes)"),
    ("第{col}列“{head}”是调整前的计划，导入的是第{col2}列“{head2}”（原计划记入变更记录）",
     "column {col} “{head}” is the plan before its revision: column {col2} “{head2}” is imported (the original is kept "
     "in the project's record of changes)"),
    ("第{col}列“{head}”是调整前的计划，导入的是第{col2}列“{head2}”（调整前的目标记入备注）",
     "column {col} “{head}” is the target before its revision: column {col2} “{head2}” is imported (the first target "
     "is kept in the notes)"),
    ("第{col}列“{head}”是调整前的计划，导入的是第{col2}列“{head2}”（计划中按调整前的目标找到并改写）",
     "column {col} “{head}” is the target before its revision: column {col2} “{head2}” is imported (the plan's target "
     "is found by its first wording and reworded)"),
    ("第{col}列“{head}”是调整前的计划，导入的是第{col2}列“{head2}”（调整前的记入变更记录）",
     "column {col} “{head}” is the plan before its revision: column {col2} “{head2}” is imported (the first is kept "
     "in the record of changes where it changed)"),
    ("第{col}列“{head}”是调整前的计划，导入的是第{col2}列“{head2}”（计划中按原名称找到的项目改用调整后的名称）",
     "column {col} “{head}” is the name before its revision: column {col2} “{head2}” is imported (a project the "
     "plan has under the former name takes the revised one)"),
    ("第{col}列“{head}”是调整前的计划，导入的是第{col2}列“{head2}”（调整前的完成时限记入变更记录）",
     "column {col} “{head}” is the deadline before its revision: column {col2} “{head2}” is imported (the first "
     "deadline is kept in the target's record of changes where it moved)"),
    ("第{col}列“{head}”空白的{n}行没有调整，按第{col2}列“{head2}”导入",
     "column {col} “{head}” is blank where a row was not revised ({n} rows): those are read from column {col2} "
     "“{head2}”"),
    ("第{col}列“{head}”是调整前的计划，导入的是第{col2}列“{head2}”",
     "column {col} “{head}” is the plan before its revision: column {col2} “{head2}” is imported"),
    ("第{col}列“{head}”填的是新开工、续建等，作为建设性质导入",
     "column {col} “{head}” holds “新开工”, “续建” and the like: imported as the projects' nature"),
    ("第{col}列“{head}”与第{col2}列“{head2}”记作一个目标（如“6%，力争6.5%”）",
     "column {col} “{head}” and column {col2} “{head2}” are kept as one target (as “6%，力争6.5%”: the first is "
     "scored, the second hoped for)"),
    ("第{col}列“{head}”在第{col2}列“{head2}”之外，作为配合单位导入",
     "column {col} “{head}”, besides column {col2} “{head2}”, is imported as the units working with it"),
    ("第{first}至{last}列都是空的：CSV 文件不保存单元格底色，用底色画的横道图请导入 xlsx 文件",
     "columns {first} to {last} are empty: a CSV file keeps no cell colours, so import a chart drawn by "
     "colouring cells as an xlsx file"),
    ("第{col}列“{head}”有{n}个空白单元格，按上方的值填写（CSV 文件不保存合并单元格）",
     "column {col} “{head}” has {n} blank cells, filled with the value above (a CSV file keeps no merged cells)"),
    ("第{col}列“{head}”有{n}个空白单元格，按上方的值填写（该列没有合并单元格，请核对）",
     "column {col} “{head}” has {n} blank cells, filled with the value above (the column has no merged cells: "
     "please check)"),
    ("第{col}列“{head}”含本年投资，不是截至上年底的累计，未导入",
     "column {col} “{head}” includes this year's investment, not what was invested before the year; not imported"),
    ("第{col}列“{head}”以万元填报（表上注明“单位：万元”），已换算为亿元",
     "column {col} “{head}” is in 10,000 yuan (“单位：万元” above the table): converted to 100 million yuan"),
    ("第{col}列“{head}”以万元填报，已换算为亿元",
     "column {col} “{head}” is in 10,000 yuan (“万元”): converted to 100 million yuan (“亿元”)"),
    # the same in 元, 千万元 … (a system's export in 元, a provincial form in 千万元)
    ("第{col}列“{head}”以{unit}填报（表上注明“单位：{unit2}”），已换算为亿元",
     "column {col} “{head}” is in “{unit}” (as above the table): converted to 100 million yuan (“亿元”)"),
    ("第{col}列“{head}”以{unit}填报，已换算为亿元",
     "column {col} “{head}” is in “{unit}”: converted to 100 million yuan (“亿元”)"),
    ("第{col}列“{head}”是截至{month}月底的累计：记入{cn_quarter}季度（季度未完，以后的填报会更新它）",
     "column {col} “{head}” is the total to the end of month {month}: recorded in Q{cn_quarter} (the quarter is not "
     "over: a later report brings it up to date)"),
    ("第{first}至{last}列没有写单位：按表中其他金额列的{unit}换算为亿元",
     "columns {first} to {last} name no unit: read in “{unit}”, as the table's other amounts, and converted to 100 "
     "million yuan (“亿元”)"),
    ("第{col}列“{head}”没有写单位：按表中其他金额列的{unit}换算为亿元",
     "column {col} “{head}” names no unit: read in “{unit}”, as the table's other amounts, and converted to 100 "
     "million yuan (“亿元”)"),
    ("第{col}列“{head}”与第{other}列“{other_head}”是同一项，只导入了第{kept}列",
     "column {col} “{head}” is the same field as column {other} “{other_head}”: only column {kept} is imported"),
    ("这是本软件导出的横道图（按项目清单画的图），不能导入；请导入同一文件中的“重点项目”工作表",
     "this is the timeline chart milestones exports (a drawing of the project list) and cannot be imported: "
     "import the “重点项目” sheet of the same file"),
    ("第{column}列“{heading}”作为责任单位导入（表中没有责任单位列）",
     "column {column} “{heading}” is imported as the responsible unit (the table has no column for one)"),
    ("第{column}列“{heading}”写的不是东部、中部、西部或全区，作为板块导入（表中没有板块列）",
     "column {column} “{heading}” names no zone of the plan (east, central, west or district-wide): imported as the "
     "area (the table has no column for one)"),
    ("表题是民生实事，按重点项目导入；如要按任务和目标跟踪（按目标中的数值评价），请把表格类型选为举措表",
     "the title names a list of “民生实事” (projects for the people's livelihood): imported as key projects; to follow "
     "them as tasks with targets (judged by their figures), set the table kind to measures"),
    ("第{column}列“{heading}”作为任务导入（表中没有任务列）",
     "column {column} “{heading}” names each row's task (the table has no column of tasks)"),
    ("第{column}列“{heading}”作为板块导入（表中没有板块列）",
     "column {column} “{heading}” (the street or town) is imported as the area (the table has no column for one)"),
    ("第{column}列“{heading}”只写了建设性质的（如“续建”），作为建设性质导入（{n}个项目）",
     "where column {column} “{heading}” says only the nature (such as 续建), it is imported as the nature ({n} "
     "projects)"),
    ("标题行上的小计，未导入", "the subtotals on a heading row: not imported"),
    ("应为“是”“否”或开工、竣工的时间，未导入",
     "expected “是” (yes), “否” (no) or when it started or was completed: not imported"),
    ("表格中间的注释行，未导入", "a note in the middle of the table: not imported"),
    ("第{first}至{last}列是{years}年各季度的金额，不是本表年度（{year}年）的，未导入",
     "columns {first} to {last} are amounts for each quarter of {years}, not of the table's year ({year}): "
     "not imported"),
    ("第{first}至{last}列是各季度的进度节点，记入季度目标",
     "columns {first} to {last} are each quarter's steps: kept as the quarters' goals"),
    ("与第{row}行同名（所在区域或板块不同），本行未导入；两个同名项目请填写项目编码，或在名称中写明区域",
     "the same name as row {row} (in another zone or area): this row is not imported; give two projects of one "
     "name a project code, or name the zone in the name"),
    ("这是目录（所附表格的清单），未导入", "this is the table of contents (the list of the tables attached): not imported"),
    ("完成时限没有写时间，按全年的任务导入（不定季度）",
     "the deadline names no time: imported as a task of the whole year (no quarter)"),
    ("第{column}列“{heading}”是更早年份的数，未导入（只导入上一年的）",
     "column {column} “{heading}” holds an earlier year's figures: not imported (only the year before the "
     "table's is)"),
    ("第{column}列“{heading}”只写了年份，作为{year}年的目标导入",
     "column {column} “{heading}” is headed by a year alone: imported as the target for {year}"),
    ("第{column}列“{heading}”只写了年份，作为{year}年的完成值导入",
     "column {column} “{heading}” is headed by a year alone: imported as the figure reached in {year}"),
    ("第{first}至{last}列填的是金额，作为各季度计划投资导入（以万元填报，已换算为亿元）",
     "columns {first} to {last} hold amounts: imported as each quarter's planned investment (in 10,000 yuan, "
     "converted to 100 million yuan)"),
    ("第{first}至{last}列填的是金额，作为各季度计划投资导入（亿元）",
     "columns {first} to {last} hold amounts: imported as each quarter's planned investment (100 million yuan)"),
    ("第{first}至{last}列填的是金额，作为各季度完成投资导入（以万元填报，已换算为亿元）",
     "columns {first} to {last} hold amounts: imported as each quarter's investment done (in 10,000 yuan, "
     "converted to 100 million yuan)"),
    ("第{first}至{last}列填的是金额，作为各季度计划投资导入（以{unit}填报，已换算为亿元）",
     "columns {first} to {last} hold amounts: imported as each quarter's planned investment (in “{unit}”, "
     "converted to 100 million yuan)"),
    ("第{first}至{last}列填的是金额，作为各季度完成投资导入（以{unit}填报，已换算为亿元）",
     "columns {first} to {last} hold amounts: imported as each quarter's investment done (in “{unit}”, "
     "converted to 100 million yuan)"),
    ("第{first}至{last}列填的是金额，作为各季度完成投资导入（亿元）",
     "columns {first} to {last} hold amounts: imported as each quarter's investment done (100 million yuan)"),
    ("栏次行（各列的编号），未导入", "a row numbering the columns (栏次): not imported"),
    ("第{first}至{last}列的标记是单元格底色", "the marks in columns {first} to {last} are the cells' background colour"),
    ("第{first}至{last}列是按月画的横道图：开工、完工未另填时，取第一个和最后一个有标记的月份所在季度",
     "columns {first} to {last} are a timeline chart drawn by month: where no start or completion is written, "
     "the quarters of the first and the last marked months are taken"),
    ("第{first}至{last}列是横道图：开工、完工未另填时，取第一个和最后一个有标记的季度",
     "columns {first} to {last} are a timeline chart: where no start or completion is written, the first and "
     "the last marked quarters are taken"),
    ("第{first}至{last}列是各季度的进度安排：逐季记入；完成时限取最后一个有安排的季度",
     "columns {first} to {last} are each quarter's steps: kept quarter by quarter; a target is due by the last "
     "quarter with a step"),
    ("第{first}至{last}列是各季度的进度安排：逐季记入",
     "columns {first} to {last} are each quarter's steps: kept quarter by quarter"),
    ("第{first}至{last}列是各月的进度安排：逐季记入；完成时限取最后一个有安排的月份所在季度",
     "columns {first} to {last} are each month's steps: kept by the quarter of their month; a target is due by "
     "the quarter of the last month with a step"),
    ("第{first}至{last}列是各月的进度安排：逐季记入",
     "columns {first} to {last} are each month's steps: kept by the quarter of their month"),
    ("第{col}列是各季度的进度安排：逐季记入；完成时限取最后一个有安排的季度",
     "column {col} is a quarter's steps: kept with its quarter; a target is due by that quarter"),
    ("第{col}列是各季度的进度安排：逐季记入", "column {col} is a quarter's steps: kept with its quarter"),
    ("第{first}至{last}列是各月的进度节点：按季度合并，记入季度目标",
     "columns {first} to {last} are each month's steps: joined by quarter, as each quarter's goal"),
    ("第{first}至{last}列是各月投资：按季度合计，记入季度投资",
     "columns {first} to {last} are each month's investment: summed by quarter into the quarterly investment"),
    ("第{col}列“{head}”是{period}的累计数，完成值取第{col2}列“{head2}”（该列未填的取本列）",
     "column {col} “{head}” is the total for {period}; the figure reached is column {col2} “{head2}” (this "
     "column's where that one is left empty)"),
    ("第{col}列“{head}”是{period}的增速，不是第{col2}列“{head2}”的，未导入",
     "column {col} “{head}” is the growth for {period}, not that of column {col2} “{head2}”; not imported"),
    ("第{col}列“{head}”是{period}的累计数，作为完成值导入（注明期间，不是全年的）",
     "column {col} “{head}” is the total for {period}: imported as the actual, with its period (not the year's)"),
    ("第{first}至{last}列是各期累计数：完成值取最近一期",
     "columns {first} to {last} are totals to each period's end: the actual is the latest one given"),
    ("按表注，名称带“{mark}”的为约束性指标，其余为预期性指标",
     "as the table's note says, indicators marked “{mark}” are binding, the others expected"),
    ("按表注，名称带“{mark}”的为预期性指标，其余为约束性指标",
     "as the table's note says, indicators marked “{mark}” are expected, the others binding"),
    ("表中没有写项目级别：按表题，{n}个项目记作{level}",
     "the table states no project's level: as its title says, {n} projects are taken as “{level}”"),
    ("表中没有写建设性质：按计划开工时间，{inner}；已有项目原有的建设性质不变",
     "the table states no nature: by the planned start, {inner}; a nature an existing project has is kept"),
    ("表中{n0}个项目没有写建设性质：按计划开工时间，{inner}；已有项目原有的建设性质不变",
     "{n0} projects in the table state no nature: by the planned start, {inner}; a nature an existing project has "
     "is kept"),
    ("{n1}个项目记作续建（开工早于{y1}年）、{n2}个记作新开工（{y2}年开工）",
     "{n1} projects are taken as “续建” (begun before {y1}), {n2} as “新开工” (starting in {y2})"),
    ("{n1}个项目记作续建（开工早于{y1}年）", "{n1} projects are taken as “续建” (begun before {y1})"),
    ("{n2}个项目记作新开工（{y2}年开工）", "{n2} projects are taken as “新开工” (starting in {y2})"),
    ("“牵头”的单位作为责任单位，“配合”的作为配合单位导入",
     "the unit said to lead (“牵头”) is imported as the one responsible, those working with it (“配合”) as partners"),
    ("按表注，名称带“{mark}”的为{level}项目", "as the table's note says, projects marked “{mark}” are “{level}” ones"),
    ("按表注（在后面的页上），名称带“{mark}”的为约束性指标",
     "as the table's note on a later page says, indicators marked “{mark}” are binding"),
    ("按表注（在后面的页上），名称带“{mark}”的为预期性指标",
     "as the table's note on a later page says, indicators marked “{mark}” are expected"),
    ("按表注（在后面的页上），名称带“{mark}”的为{level}项目",
     "as the table's note on a later page says, projects marked “{mark}” are “{level}” ones"),
    ("第{col}列“{header}”按工作表“{sheet}”的单位“{unit}”读取",
     "column {col} “{header}” is read in sheet “{sheet}”'s unit, “{unit}”"),
    ("名称前后的“{mark}”未计入名称（表中没有说明它的意思）",
     "the “{mark}” before or after the name is not part of it (the table does not say what it means)"),
    ("表中没有数据行", "the table has no data rows"),
    ("每个项目两行：“计划”行为各季度计划投资，“实际”行为完成投资（第{col}列区分）",
     "each project on two rows: the “计划” row is each quarter's planned investment, the “实际” row the actual "
     "(column {col} tells them apart)"),
    ("每个项目两行：“计划”行为各季度计划投资，“实际”行为完成投资（第{col}列区分），以{unit}填报，已换算为亿元",
     "each project on two rows: the “计划” row is each quarter's planned investment, the “实际” row the actual "
     "(column {col} tells them apart), given in “{unit}” and converted to 100 million yuan (“亿元”)"),
    ("第{col}列“{head}”：“计划”行为年度计划投资，“实际”行为各季度完成之和（核对，不另行导入）",
     "column {col} “{head}”: the “计划” row is the year's planned investment, the “实际” row the sum of the quarters "
     "done (checked, not imported apart)"),
    ("全年完成{done}与各季度完成之和{sum}不符：按各季度导入，请核对",
     "the year's {done} done disagrees with the quarters' sum, {sum}: the quarters are imported; please check"),
    ("全年完成{done}没有分到季度：未导入，请在各季度填写",
     "the year's {done} done is given by no quarter: not imported; please fill in the quarters"),
    ("找不到“{zh_field}”列：按表头这是{zh_kind}，不是所选的{zh_kind2}，请改选表格类型（或不指定，自动识别）",
     "no {zh_field} column found: the headings make it {zh_kind}, not {zh_kind2} as chosen; choose that table "
     "kind (or leave the kind to be detected)"),
    ("找不到“名称”列", "no name column (“名称”) found"),
    ("找不到“目标”列", "no target column (“目标”) found"),
    ("无法从标题或表头确定年度；请指定年度", "the year cannot be told from the title or the header: choose the year"),
    ("报告的文号、印发单位和日期：{issued}；计划中尚未记的记入计划（编辑 → 计划数…）",
     "the report's document number, issuing office and day: “{issued}”; those the plan does not have yet are "
     "recorded in it (Edit → Plan figures…)"),
    ("表中没有年度，数据库中也还没有计划：请在预览上方的“年度”中选择（命令行：--year）",
     "the table names no year and the database has no plan yet: choose the year above the preview (on the command "
     "line, --year)"),
    ("只写到年，按季度节点记入{year}年{cn_quarter}季度",
     "gives only the year: taken as {year} Q{cn_quarter}, the quarter its quarterly node names"),
    ("只写到年，按“{head}”记入{year}年{cn_quarter}季度",
     "gives only the year: taken as {year} Q{cn_quarter}, the quarter “{head}” names"),
    ("第{col}列“{head}”作为完成值（所写的完成情况），第{col2}列“{head2}”作为是否完成",
     "column {col} “{head}” is what was reached (the review in words, its figure the 完成值), column {col2} "
     "“{head2}” whether it was done"),
    ("开工、完工季度取自季度节点（写“开工”“竣工”的季度）",
     "start and completion quarters taken from the quarterly nodes (the quarters that say “开工” or “竣工”)"),
    ("板块“{area}”属于{zh_zone}，与本行的区域“{zh_zone2}”不符：按区域记入，板块未记入",
     "the area “{area}” is in the {zh_zone} zone, not the row's zone ({zh_zone2}): the zone is taken, not the area"),
    ("这是各单位进展的统计表，不是逐项列出的表，未导入",
     "this is the table of each unit's progress, a count, not a list of rows: not imported"),
    ("第{col}列“{header}”是项目个数：这是汇总表，不是逐项列出的表，未导入",
     "column {col} “{header}” counts projects: this is a summary, not a list of them; not imported"),
    ("表中没有目标、完成值或属性列，只能导入指标名称；请核对表头",
     "the table has no target, result or binding column: only the indicators' names can be imported; check the "
     "header"),
    ("分类小计行，未导入", "a heading's subtotal row; not imported"),
    ("是第{row}行打包项目“{name}”的子项目，按打包项目计入，未单独导入",
     "a part of the package project “{name}” on row {row}: counted with the package, not imported on its own"),
    ("打包项目没有写总投资：取其{n}个子项目的合计，{v}亿元",
     "the package project states no total investment: the sum of its {n} parts' is taken, {v} (100 million yuan)"),
    ("打包项目没有写年度计划投资：取其{n}个子项目的合计，{v}亿元",
     "the package project states no planned investment for the year: the sum of its {n} parts' is taken, {v} "
     "(100 million yuan)"),
    ("打包项目没有写以前年度累计完成投资：取其{n}个子项目的合计，{v}亿元",
     "the package project states no investment made before the year: the sum of its {n} parts' is taken, {v} "
     "(100 million yuan)"),
    ("打包项目没有写各季度投资：取其子项目各季度的合计",
     "the package project states no quarter's investment: each quarter's is the sum of its parts'"),
    ("打包项目没有写开工时间：取其子项目最早的开工，{year}年{cn_quarter}季度",
     "the package project states no start: its parts' earliest is taken, {year} Q{cn_quarter}"),
    ("打包项目没有写完工时间：取其子项目最晚的完工，{year}年{cn_quarter}季度",
     "the package project states no completion: its parts' latest is taken, {year} Q{cn_quarter}"),
    ("第{col}列“{header}”只有数字，不是名称：这不是逐项列出的表（如汇总表）",
     "column {col} “{header}” holds only numbers, no names: this is not a table of items (a summary, perhaps)"),
    ("还没有数字，未记入", "no figure yet: left empty"),
    ("隐藏的工作表，未导入（要导入请先取消隐藏）", "a hidden sheet: not imported (unhide it to import it)"),
    ("这部分没有写年度：按上方表题的{year}年导入", "this part of the sheet names no year: imported as {year}, the year "
     "of the title above"),
    ("读作{when}年{cn_quarter}季度，与第{col}列“{head}”（{years}）开始的{year}年不一致，请核对",
     "read as {when} Q{cn_quarter}, which is not in {year}, the first year column {col} “{head}” gives ({years}): "
     "check it"),
    ("读作{when}年{cn_quarter}季度，与第{col}列“{head}”（{years}）结束的{year}年不一致，请核对",
     "read as {when} Q{cn_quarter}, which is not in {year}, the last year column {col} “{head}” gives ({years}): "
     "check it"),
    ("读作{when}年，与第{col}列“{head}”（{years}）开始的{year}年不一致，请核对",
     "read as {when}, which is not {year}, the first year column {col} “{head}” gives ({years}): check it"),
    ("读作{when}年，与第{col}列“{head}”（{years}）结束的{year}年不一致，请核对",
     "read as {when}, which is not {year}, the last year column {col} “{head}” gives ({years}): check it"),
    ("读作{year}年10月：本表的月份写作两位（如“{example}”），Excel 把“{typed}”存成了数字 {v}",
     "read as October {year}: this table writes its months in two figures (as “{example}”), and Excel stored "
     "“{typed}” as the number {v}"),
    ("读作{year}年1月；若是10月（{typed}），Excel 把它存成了数字 {v}：请写成“{year2}年10月”或把单元格设为文本",
     "read as January {year}; if October was meant ({typed}), Excel stored it as the number {v}: write "
     "“{year2}年10月” or make the cell text"),
    ("第{col}列“{header}”是第{col2}列“{header2}”的其中一项，未导入",
     "column {col} “{header}” is a part of column {col2} “{header2}”: not imported"),
    ("表中没有年度计划投资列：{n}个项目的年度计划投资按四个季度计划投资合计导入；已有项目原有的年度计划投资不变",
     "the table has no column of the year's planned investment: {n} projects' is taken as the sum of their four "
     "quarters' plans; a figure an existing project has is kept"),
    ("四个季度的计划投资合计 {total} 亿元，与年度计划投资 {annual} 亿元不一致；请核对",
     "the four quarters' planned investment adds up to {total} (100 million yuan), not the year's planned "
     "{annual}: please check"),
    ("完成时限按“{said}”记入", "the deadline is taken as “{said}”"),
    ("标题和表头中没有年度，按文件名“{name}”取{year}年；如不对，请在“年度”中选择",
     "neither the title nor the header gives the year: {year}, from the file's name “{name}”; if that is wrong, "
     "choose the year"),
    ("表题是{period}的：第{col}列“{head}”作为{period2}的累计数导入（注明期间，不是全年的）",
     "the title is of {period}: column {col} “{head}” is imported as the total for {period} (its period said; "
     "not the year's)"),
    ("表题没有写季度，按工作表名“{name}”作为{cn_quarter}季度的报表",
     "the title names no quarter: a report of quarter {cn_quarter}, from the sheet's name “{name}”"),
    ("表题没有写季度，按文件名“{name}”作为{cn_quarter}季度的报表",
     "the title names no quarter: a report of quarter {cn_quarter}, from the file's name “{name}”"),
    ("无法读取这个 Excel 二进制工作簿（.xlsb）：请在 Excel 或 WPS 中“另存为” .xlsx 后再导入",
     "this Excel binary workbook (.xlsb) cannot be read: save it as .xlsx in Excel or WPS, then import that"),
    ("完成值是负数，指标以{unit}计、目标是增速：按增速读入（{said}）",
     "the figure reached is negative, the indicator counted in “{unit}” and its target a growth: read as the growth "
     "({said})"),
    ("第{col}列“{head}”是完成数占目标的比例：作为完成值导入（如“完成60%”）",
     "column {col} “{head}” is the share of the target done: imported as what was reached (such as “完成60%”)"),
    ("第{col}列“{head}”中的{kinds}是建设类型，记入备注；这些项目的建设性质按计划开工时间判断",
     "column {col} “{head}”: {kinds} are kinds of building (new, extended), not the stage: kept in the notes; "
     "those projects' nature (new this year or continued) is given by their planned start"),
    ("第{col}列“{head}”填的是新建、改扩建等建设类型，记入备注；建设性质按第{col2}列“{head2}”导入",
     "column {col} “{head}” holds kinds of building (new, extended): kept in the notes; the nature is read from "
     "column {col2} “{head2}”"),
    ("第{col}列“{head}”作为指标名称，第{col2}列“{head2}”作为类别（第{col3}列“{head3}”未导入）",
     "column {col} “{head}” is read as the indicator's name, column {col2} “{head2}” as its category (column {col3} "
     "“{head3}” is not imported)"),
    ("第{col}列“{head}”作为指标名称，第{col2}列“{head2}”作为类别",
     "column {col} “{head}” is read as the indicator's name, column {col2} “{head2}” as its category"),
    ("第{col}列“{head}”作为任务，第{col2}列“{head2}”作为部分（第{col3}列“{head3}”未导入）",
     "column {col} “{head}” is read as the task, column {col2} “{head2}” as its section (column {col3} “{head3}” is "
     "not imported)"),
    ("第{col}列“{head}”作为任务，第{col2}列“{head2}”作为部分",
     "column {col} “{head}” is read as the task, column {col2} “{head2}” as its section"),
    ("第{col}列“{head}”每格两个数（如“12/3”）：斜线前的作为{zh_fields}，斜线后的作为{zh_fields2}导入",
     "column {col} “{head}” holds two figures a cell (as “12/3”): the one before the slash is imported as the "
     "{zh_fields}, the one after it as the {zh_fields2}"),
    ("表中没有完成投资列：{n}个项目的累计完成投资取自第{col}列“{head}”中写的数（如“{example}”）",
     "the table has no column of investment done: {n} projects' running total is taken from what column {col} "
     "“{head}” says (as “{example}”)"),
    ("第{col}列“{head}”是各季度的计划投资：逐季记入",
     "column {col} “{head}” gives each quarter's planned investment: recorded quarter by quarter"),
    ("读不出各季度的计划投资（应为如“一季度0.5；二季度1；三季度1；四季度0.5”）：未导入",
     "each quarter's planned investment cannot be read here (expected such as “一季度0.5；二季度1；三季度1；四季度0.5”): "
     "not imported"),
    ("第{col}列“{head}”是存在问题的解决时限，不是项目的完工时间：记入存在问题",
     "column {col} “{head}” is when the problem beside it is to be solved, not the project's completion: kept with the "
     "problem"),
    ("第{col}列“{head}”是存在问题的解决时限，不是项目的完工时间，未导入",
     "column {col} “{head}” is when the problem beside it is to be solved, not the project's completion: not imported"),
    ("第{col}列“{head}”是各季度的安排：记入目标的季度安排",
     "column {col} “{head}” holds each quarter's step: kept as the target's quarterly steps"),
    ("第{col}列“{head}”是预计数，未导入（只导入填报时已完成的投资）",
     "column {col} “{head}” is an estimate: not imported (only the investment done by the report is)"),
    ("第{col}列“{head}”是项目的资金来源：没有对应的字段，记入项目的备注",
     "column {col} “{head}” says where the project's money comes from: no field of its own, kept in the project's notes"),
    ("第{first}至{last}列是项目的资金来源：没有对应的字段，记入项目的备注",
     "columns {first} to {last} say where the project's money comes from: no field of their own, kept in the "
     "project's notes"),
    ("第{zh_list}列是项目的资金来源：没有对应的字段，记入项目的备注",
     "columns {zh_list} say where the project's money comes from: no field of their own, kept in the project's notes"),
    ("第{col}列“{head}”是项目的建设规模：没有对应的字段，记入项目的备注",
     "column {col} “{head}” gives the project's size: no field of its own, kept in the project's notes"),
    ("第{first}至{last}列是项目的建设规模：没有对应的字段，记入项目的备注",
     "columns {first} to {last} give the project's size: no field of their own, kept in the project's notes"),
    ("第{zh_list}列是项目的建设规模：没有对应的字段，记入项目的备注",
     "columns {zh_list} give the project's size: no field of their own, kept in the project's notes"),
    ("第{col}、{col2}列都在“{head}”下：两列合起来作为项目名称，第二格较长的作为建设内容",
     "columns {col} and {col2} are both under “{head}”: the two cells together are the project's name (a long second "
     "cell is what is built)"),
    ("表题没有写年度和季度，按第{col}列“{head}”（{day}）作为{year}年截至{month}月底的报表",
     "the title names neither the year nor the quarter: a report to the end of month {month} of {year}, by column "
     "{col} “{head}” ({day})"),
    ("表题没有写季度，按第{col}列“{head}”（{day}）作为{year}年截至{month}月底的报表",
     "the title names no quarter: a report to the end of month {month} of {year}, by column {col} “{head}” ({day})"),
    ("标题和表头中没有年度，按第{col}列“{head}”所写的日期（都在{year}年）取{year2}年；如不对，请在“年度”中选择",
     "neither the title nor the header gives the year: {year2}, as every date in column {col} “{head}” is in {year}; "
     "if that is wrong, choose the year"),
    ("标题和表头中没有年度，按工作表名“{name}”取{year}年；如不对，请在“年度”中选择",
     "neither the title nor the header gives the year: {year}, from the sheet's name “{name}”; if that is wrong, "
     "choose the year"),
    ("表中文字是乱码，已还原：如“{garbled}”还原为“{mended}”（这个表格是把 UTF-8 编码的 CSV 按其他编码打开后保存的）；"
     "请核对，或直接导入原来的 CSV 文件",
     "the table's text was garbled and has been mended: “{garbled}” reads “{mended}” (a UTF-8 CSV opened as another "
     "encoding and saved); check it, or import the original CSV file"),
    ("表中是繁体字，已按简体读入：如“{found}”读作“{read}”；项目、指标、单位等名称都按简体导入",
     "the table is in traditional characters and was read in simplified ones: “{found}” reads “{read}”; the names "
     "of projects, indicators and units are imported in simplified characters"),
    ("找不到表头：表中文字是乱码（如“{garbled}”），这个表格是把 UTF-8 编码的 CSV 按 GBK 打开后保存的，部分文字已无法还原；"
     "请直接导入原来的 CSV 文件，或在 WPS/Excel 中按 UTF-8 编码重新打开它再保存",
     "no header found: the table's text is garbled (such as “{garbled}”): a UTF-8 CSV opened as GBK and saved, with "
     "some of its text lost; import the original CSV file, or open it again in WPS or Excel as UTF-8 and save it"),
    ("表题是{theirs}的，数据库中的计划是{ours}的：{other}的计划请另建计划数据库（“文件 → 新建计划数据库…”；命令行：--db 新文件名）；"
     "确是本计划的表格，可以照常导入",
     "the table's title names “{theirs}” and the plan in this database is of “{ours}”: make a new plan database "
     "for the plan of “{other}” (File → New plan database…; on the command line, --db with a new file name); a "
     "table of this plan after all can be imported as usual"),
    ("数据库中还没有{year}年计划：导入将新建“{title}”（名称可在“编辑 → 计划数…”中修改）",
     "the database has no plan for {year} yet: the import makes “{title}” (its name can be changed in Edit → Plan "
     "figures…)"),
    ("表中没有年度：将计入最近的{year}年计划；如不对，请在“年度”中选择（命令行：--year）",
     "the table gives no year: it goes to the latest plan, {year}'s; if that is wrong, choose the year "
     "(command line: --year)"),
    ("标注为“{mark}”：导入时移出本年计划（不作为项目导入）",
     "marked “{mark}”: the import takes it off the year's list (it is not imported as a project)"),
    ("计划中没有这个项目，无从调出（名称与计划中的不同时，请按计划中的名称填写）",
     "the plan has no such project: nothing to take off the list (if the plan names it otherwise, write the "
     "plan's name)"),
    ("计划中没有这个项目，无从调出；名称与计划中的“{name}”相近：如为同一项目，可按已有项目调出",
     "the plan has no such project: nothing to take off the list; its name is like that of “{name}”: if it is the "
     "same project, it can be taken off as that one"),
    ("“{what}”按已有项目“{name}”调出", "“{what}” is taken off the list as the plan's project “{name}”"),
    ("“{what}”按已有项目“{name}”调出（沿用此前导入时的选择）",
     "“{what}” is taken off the list as the plan's project “{name}” (as an earlier import was told)"),
    ("计划中没有原名称为“{name}”的项目，按新项目导入",
     "the plan has no project of the former name “{name}”: imported as a new project"),
    ("按原名称“{name}”找到，改名为“{what}”", "found by its former name “{name}”: renamed “{what}”"),
    ("计划中已有“{what}”，按它导入；原名称“{name}”的项目仍在计划中，未改名（如是同一项目，请把其中一个移出计划）",
     "the plan has “{what}” already: imported as that project; the project of the former name “{name}” stays on the "
     "plan, not renamed (if they are one project, take one of them off the plan)"),
    ("不在{year}年计划中（已移出或未列入），无需调出",
     "not on {year}'s list (taken off already, or never on it): nothing to take off"),
    ("不是日期，应为如 2024-07-01；按导入当天记录调整",
     "not a day (such as 2024-07-01): the move is recorded on the day of the import"),
    ("名称后的“{mark}”是建设性质，未计入名称", "“{mark}” after the name is the project's nature: not part of the name"),
    ("名称后的“{mark}”是项目级别，未计入名称", "“{mark}” after the name is the project's level: not part of the name"),
    ("名称前的“{mark}”是建设性质，未计入名称", "“{mark}” before the name is the project's nature: not part of the name"),
    ("名称前的“{mark}”是项目级别，未计入名称", "“{mark}” before the name is the project's level: not part of the name"),
    ("名称后的“{mark}”是清单变动的标注，未计入名称", "“{mark}” after the name marks a change of the list: "
     "not part of the name"),
    ("“{name}”是“{heading}”的{name2}，按“{heading2}”导入",
     "“{name}” is the amount of “{heading}” (the heading above): imported as “{heading2}”"),
    ("“{name}”是上一行“{above}”的增速，按“{whole}”导入",
     "“{name}” is the growth of “{above}” on the row above: imported as “{whole}”"),
    ("季度列没有年度，未导入季度投资；请指定年度",
     "the quarter columns have no year, so their investment is not imported: choose the year"),
    # rows and cells (spreadsheet/parse.py and the readers of each kind)
    ("写的是全区，按全区导入", "names the whole district: imported as district-wide"),
    ("本表是{done}年的完成情况和{next}年的目标：分为两表导入",
     "the table holds {done}'s results and {next}'s targets: imported as two tables"),
    ("小计行，未导入；其下的项目记作{zh_zone}",
     "a subtotal row, not imported; the projects under it are in the {zh_zone} zone"),
    ("小计行，未导入；其上的项目记作{zh_zone}",
     "a subtotal row, not imported; the projects above it are in the {zh_zone} zone"),
    ("合计行，未导入", "a total row; not imported"),
    ("页码行，未导入", "a page's number; not imported"),
    ("完成时限按编号分别记入各条目标", "the deadlines are numbered as the targets are: each target takes its own"),
    ("上一级标题：其下“（一）”等各作为一个部分导入，记作这些部分的上一级标题",
     "a heading over headings: each “（一）” under it is imported as a section, with this heading over them"),
    ("完成时限按顺序分别记入各条目标", "the deadlines are listed as the targets are: each target takes its own, in turn"),
    ("续表标记行，未导入", "the table going on (续表) after a page break; not imported"),
    ("隐藏行，未导入（要导入请先在表格中取消隐藏）", "a hidden row: not imported (unhide it in the table to import it)"),
    ("单元格中划去（删除线）的文字未读入，按“{kept}”读入",
     "the text struck through in the cell is left out: read as “{kept}”"),
    ("目标有删除线（已划去），未导入（要导入请先去掉删除线）",
     "the target is struck through (crossed off the list): not imported (remove the strikethrough to import it)"),
    ("名称有删除线（已划去），未导入（要导入请先去掉删除线）",
     "the name is struck through (crossed off the list): not imported (remove the strikethrough to import it)"),
    ("第{col}列“{header}”是隐藏列，导入的是第{col2}列“{header2}”",
     "column {col} “{header}” is hidden: column {col2} “{header2}” is imported"),
    ("没有序号和数字，看作上一行的续行（从 PDF 复制的表格会把长文字断成两行），已并入上一行；如是单独的一项，请编上序号",
     "no number and no figures: read as the rest of the row above (a table copied from a PDF breaks long words onto "
     "a second row) and joined to it; if it is a row of its own, give it its number"),
    ("没有序号，上一行的文字排满了该列，看作上一行的续行（从 PDF 复制的表格会把长文字断成两行），已并入上一行；"
     "如是同一任务的另一条目标，请把序号和任务单元格向下合并",
     "no number, and the row above fills its column: read as the rest of the row above (a table copied from a PDF "
     "breaks long words onto a second row) and joined to it; if it is another target of the same task, merge the "
     "number and the task cells down over it"),
    ("本页没有表头，序号接着工作表“{sheet}”的表格（如 PDF 转成的 Excel，每页一个工作表），按它的表头读取",
     "this page has no header and its numbers go on from the table of sheet “{sheet}” (a PDF turned into a workbook, "
     "a page a sheet): read with that table's header"),
    ("本页表头与工作表“{sheet}”的相同、没有标题，序号接续：是同一张表的下一页，年度和分类按它读取",
     "this page has the header of sheet “{sheet}”, no title, and its numbers go on: the same table's next page, its "
     "year and headings taken from there"),
    ("重复的表头行，未导入", "the header again (a printed page's, or a part's of the table); not imported"),
    ("与第{row}行重复，本行未导入", "the same as row {row}; this row is not imported"),
    ("项目编码与第{row}行“{name}”相同，本行未导入；一个编码只能对应一个项目",
     "the same code as row {row}, “{name}”; this row is not imported: a code stands for one project"),
    ("与第{row}行是同一目标（合并单元格），本行的单位和完成时限一并记入该目标",
     "the same target as row {row} (a merged cell): this row's units and deadline are added to that target"),
    ("与第{row}行是同一目标（合并单元格），本行的工作措施、单位和完成时限一并记入该目标",
     "the same target as row {row} (a merged cell): this row's work, units and deadline are added to that target"),
    ("与工作表“{sheet}”第{row}行是同一项目，但{zh_fields}不同；同一项目请只列一次，两个同名项目请填写项目编码，或在名称中写明区域",
     "the same project as row {row} of sheet “{sheet}”, but with another {zh_fields}: list a project once; give two "
     "projects of one name their codes, or name the zone in the name"),
    ("有{n}个项目也在工作表“{sheet}”中，两处的内容合并导入",
     "{n} projects are on sheet “{sheet}” too: what both say is imported together"),
    ("“{said}”可以是{y0}年底前，也可以是{y1}年底前：请写明，如“{y2}年12月底前”",
     "“{said}” may mean by the end of {y0} or by the end of {y1}: say which, such as “{y2}年12月底前”"),
    ("{inner}；应为季度或日期，如 2024年一季度、2024Q1、2024年3月、2024-03-15，或“续建”“前期”",
     "{inner}; expected a quarter or a date, such as “2024年一季度”, 2024Q1, “2024年3月”, 2024-03-15, or “续建”, "
     "“前期”"),
    ("应为季度或日期，如 2024年一季度、2024Q1、2024年3月、2024-03-15，或“续建”“前期”",
     "expected a quarter or a date, such as “2024年一季度”, 2024Q1, “2024年3月”, 2024-03-15, or “续建”, “前期”"),
    ("按其中的“{step}”记入{quarter}，原文保留，请核对",
     "recorded in “{quarter}”, as “{step}” among the steps says: kept as written, please check"),
    ("按{quarter}记入；时间后的“{words}”不是开工的说法，按原文保留，请核对",
     "recorded in “{quarter}”; “{words}” after the date is no way of saying a start: kept as written, please check"),
    ("按{quarter}记入；时间后的“{words}”不是完工的说法，按原文保留，请核对",
     "recorded in “{quarter}”; “{words}” after the date is no way of saying a completion: kept as written, please "
     "check"),
    ("按{quarter}记入；时间后的“{words}”不是时间的说法，按原文保留，请核对",
     "recorded in “{quarter}”; “{words}” after the date is no part of a date: kept as written, please check"),
    ("是一段时间，本列只填一个时间：按其开始的{quarter}记入",
     "a span of time where the column holds one date: its start, “{quarter}”, is recorded"),
    ("是一段时间，本列只填一个时间：按其结束的{quarter}记入",
     "a span of time where the column holds one date: its end, “{quarter}”, is recorded"),
    ("这是起止时间段，本列只填一个时间；请分别填写开工、完工时间（或填入“建设起止年限”列）",
     "this is a span from one date to another, and the column holds one date: give the start and the completion "
     "in their own columns (or in a “建设起止年限” column)"),
    ("应为起止时间，如 2024.03-2025.12、2024年一季度至2025年四季度，或“续建”“前期”",
     "expected a start and a completion, such as 2024.03-2025.12, “2024年一季度至2025年四季度”, or “续建”, “前期”"),
    ("没有写年度，表格标题中也没有；请在预览上方的“年度”中选择（命令行：--year）",
     "the year is written neither here nor in the title: choose it under Year above the preview (--year)"),
    ("完工早于开工", "the completion is before the start"),
    ("{field}过长（{n} 字，最多 {limit} 字），可能是列错位",
     "“{field}” is too long ({n} characters, at most {limit}): perhaps a column out of place"),
    ("完工（{end}）早于开工（{start}）：文件与数据库中的日期合起来前后颠倒",
     "the completion ({end}) is before the start ({start}): the file's date and the database's do not fit"),
    ("完工（{end}）早于开工（{start}）", "the completion ({end}) is before the start ({start})"),
    ("总投资 {total} 亿元（{wan}万元），远低于一般重点项目；请核对单位是万元还是亿元",
     "a total investment of {total} (100 million yuan), {wan} in 10,000 yuan, far below any key project: check "
     "whether the column is in 10,000 yuan or 100 million"),
    ("总投资 {total} 亿元，远超一般重点项目；请核对单位是亿元还是万元",
     "a total investment of {total} (100 million yuan) is far above any key project's: check whether the unit "
     "is 亿元 or 万元"),
    ("一个季度的投资 {value} 亿元，大于总投资（{total}亿元）；请核对单位是亿元还是万元",
     "a quarter's investment of {value} (100 million yuan) is more than the total investment ({total}): check "
     "whether the unit is 亿元 or 万元"),
    ("一个季度的投资 {value} 亿元，是年度计划投资（{annual}亿元）的十倍以上；请核对单位是亿元还是万元",
     "a quarter's investment of {value} (100 million yuan) is more than ten times the year's plan ({annual}): check "
     "whether the unit is 亿元 or 万元"),
    ("{quarter}的投资 {value} 亿元，大于该项目的总投资（{total}亿元）；请核对单位是亿元还是万元",
     "the investment of “{quarter}”, {value} (100 million yuan), is more than the project's total investment "
     "({total}): check whether the unit is 亿元 or 万元"),
    ("表中没有“部分”：新增的{n}个目标列入新的部分“{title}”（表中也没有表题）",
     "the table names no sections: its {n} new targets go into a new section, “{title}” (the table has no title "
     "either)"),
    ("表中没有“部分”：新增的{n}个目标列入已有的部分“{title}”（表中也没有表题）",
     "the table names no sections: its {n} new targets go into the section “{title}” (the table has no title "
     "either)"),
    ("表中没有“部分”：新增的{n}个目标列入新的部分“{title}”（按表题）",
     "the table names no sections: its {n} new targets go into a new section, “{title}” (the table's title)"),
    ("表中没有“部分”：新增的{n}个目标列入已有的部分“{title}”（按表题）",
     "the table names no sections: its {n} new targets go into the section “{title}” (the table's title)"),
    ("一个季度的投资 {value} 亿元，远超一般重点项目；请核对单位是亿元还是万元",
     "a quarter's investment of {value} (100 million yuan) is far above any key project's: check whether the "
     "unit is 亿元 or 万元"),
    ("截至上年底累计完成投资（{before}亿元）大于总投资（{total}亿元）；请核对",
     "invested before the year ({before}) is more than the total investment ({total}, in 100 million yuan): "
     "please check"),
    ("年度计划投资（{annual}亿元）大于总投资（{total}亿元）；请核对单位是亿元还是万元",
     "the year's planned investment ({annual}) is more than the total ({total}, in 100 million yuan): check "
     "whether the unit is 亿元 or 万元"),
    ("按 {n} 记入，括号中的说明“{remark}”未导入", "recorded as {n}; the remark in brackets “{remark}” is not imported"),
    ("按 {n} 记入", "recorded as {n}"),
    ("单元格是 Excel 错误值；应为数字（如 12.5 或 1,250）",
     "the cell holds an Excel error; expected a number (such as 12.5 or 1,250)"),
    ("单元格是 Excel 错误值（公式出错或引用失效），不是“{header}”的内容：请在 Excel 或 WPS 中改正后再导入",
     "the cell holds an Excel error value (a formula gone wrong or a broken reference), nothing “{header}” can "
     "hold: correct it in Excel or WPS, then import"),
    ("单元格是 Excel 错误值（公式出错或引用失效），不是这一列的内容：请在 Excel 或 WPS 中改正后再导入",
     "the cell holds an Excel error value (a formula gone wrong or a broken reference), nothing this column can "
     "hold: correct it in Excel or WPS, then import"),
    ("项目名称是逻辑值，不是名称（可能是列错位）：该行未导入",
     "the project's name is a logical value (TRUE/FALSE), no name (perhaps a column out of place): the row is not "
     "imported"),
    ("指标名称是逻辑值，不是名称（可能是列错位）：该行未导入",
     "the indicator's name is a logical value (TRUE/FALSE), no name (perhaps a column out of place): the row is not "
     "imported"),
    ("序号单元格是 Excel 错误值；序号不导入，本行照常导入",
     "the number (序号) cell holds an Excel error value; numbers are not imported, the row is"),
    ("完成时限在{year}年，离{plan}年计划过远：请核对是否笔误",
     "the deadline is in {year}, far from the plan's year {plan}: check for a typing slip"),
    ("开工时间在{year}年，离{plan}年计划过远：请核对是否笔误",
     "the start is in {year}, far from the plan's year {plan}: check for a typing slip"),
    ("完工时间在{year}年，离{plan}年计划过远：请核对是否笔误",
     "the completion is in {year}, far from the plan's year {plan}: check for a typing slip"),
    ("不是数字；应为数字（如 12.5 或 1,250）", "not a number; expected a number (such as 12.5 or 1,250)"),
    ("应为数字（如 12.5 或 1,250），不是文字", "expected a number (such as 12.5 or 1,250), not words"),
    ("属性应为“约束性”或“预期性”", "the binding should be “约束性” (binding) or “预期性” (expected)"),
    ("缺少指标名称", "the indicator's name is missing"),
    ("缺少项目名称", "the project's name is missing"),
    ("缺少举措名称", "the measure's name is missing"),
    ("单元格是 Excel 错误值，应为目标值，如 6%左右、8%以上、完成市下达任务",
     "the cell holds an Excel error; expected a target such as “6%左右”, “8%以上”, “完成市下达任务”"),
    ("无法识别的目标值，应为如 6%左右、8%以上、5.5%以内、突破650亿元，或文字目标",
     "the target is not recognised; expected such as “6%左右”, “8%以上”, “5.5%以内”, “突破650亿元”, or words"),
    ("无法识别的目标值", "the target is not recognised"),
    ("是百分比，不是金额（亿元）：未记入", "a percentage, not an amount (100M CNY): not imported"),
    ("不是以“{unit}”计的数：目标值按目标原文记入", "not a figure in “{unit}”: the value is taken from the target's wording"),
    ("数字的单位为“{said}”，指标的单位为“{unit}”，不是同一种量：未作为数值读入，文字照录",
     "the figure is in “{said}” and the indicator in “{unit}”, which measure different things: no number is read, "
     "the words are kept"),
    ("区域应为 东部、中部、西部 或 全区",
     "the zone should be “东部” (east), “中部” (central), “西部” (west) or “全区” (district-wide)"),
    ("跨{zones}，按全区导入", "spans “{zones}”: imported as district-wide (“全区”)"),
    ("方式应为：{words}", "the comparison should be one of: “{words}”"),
    # against the database (spreadsheet/importer.py, store/imports.py)
    ("数据库中没有此指标，导入将新增；名称与已有指标“{name}”相近：如为同一指标，可按已有指标导入",
     "not in the database: the import adds it; its name is like “{name}”'s, which is there — if they are the "
     "same indicator, it can be imported as that one"),
    ("“{what}”按已有指标“{name}”导入", "“{what}” is imported as the indicator “{name}” the plan has"),
    ("计划中没有板块“{area}”，导入将新建于{zh_zone}；与已有板块“{name}”相近：如为同一板块，可按已有板块导入",
     "the plan has no area “{area}”: the import makes it in the {zh_zone} zone; its name is like that of the area "
     "“{name}”: if it is the same area, it can be imported as that one"),
    ("板块“{area}”按已有板块“{name}”导入", "the area “{area}” is imported as the plan's area “{name}”"),
    ("板块“{area}”按已有板块“{name}”导入（沿用此前导入时的选择）",
     "the area “{area}” is imported as the plan's area “{name}” (as an earlier import was told)"),
    ("“{what}”按已有项目“{name}”导入（沿用此前导入时的选择）",
     "“{what}” is imported as the plan's project “{name}” (as an earlier import was told)"),
    ("“{what}”按已有指标“{name}”导入（沿用此前导入时的选择）",
     "“{what}” is imported as the indicator “{name}” the plan has (as an earlier import was told)"),
    ("“{path}”已存在；要替换它，请加 --replace", "“{path}” is there already; to replace it, add --replace"),
    ("计划中没有板块“{area}”，导入将新建于{zh_zone}", "the plan has no area “{area}”: the import makes it in the {zh_zone} zone"),
    ("计划中没有此项目，导入将新增；名称与已有项目“{name}”相近：如为同一项目，可按已有项目导入",
     "not on the plan, so it will be added; its name is like that of “{name}”: if it is the same project, "
     "it can be imported as that one"),
    ("“{what}”按已有项目“{name}”导入", "“{what}” is imported as the plan's project “{name}”"),
    ("截至{quarter}的累计完成投资小于此前各季度之和，{same}按 {n} 亿元记入（即更正此前的数字）",
     "the investment to the end of “{quarter}” is less than the earlier quarters' sum: “{same}” is recorded "
     "as {n} (100 million yuan), correcting them"),
    ("截至{quarter}的累计完成投资与此前各季度之和相同：视为{same}尚未填报，不记为0（如{again}确无投资，请在该季度完成投资中填0）",
     "the investment to the end of “{quarter}” only repeats the earlier quarters' sum: “{same}” is taken as not "
     "reported yet, not as 0 (if nothing was invested in it, type 0 in that quarter's figure)"),
    ("截至{quarter}的累计完成投资 {n} 亿元，不等于此前各季度的 {m} 亿元加{same}的 {k} 亿元（{sum} 亿元）：{again}按表中的 {x} 亿元记入，请核对",
     "the investment to the end of “{quarter}”, {n} (100 million yuan), is not the earlier quarters' {m} and "
     "“{same}”'s {k} added ({sum}): “{again}” is recorded as the table's {x}; please check"),
    ("“{sheet}”没有年度，无法导入指标", "“{sheet}” has no year: its indicators cannot be imported"),
    ("数据库中还没有计划", "the database holds no plan yet"),
    ("数据库中没有{year}年的计划", "the database holds no plan for {year}"),
    ("数据库中没有指标", "the database holds no indicators"),
    ("没有符合条件的项目", "no project matches what was asked for"),
    ("没有符合条件的目标", "no target matches what was asked for"),
    ("{year}年{cn_quarter}季度存档的上报中没有符合条件的项目",
     "the report kept for {year} Q{cn_quarter} holds no project matching what was asked for"),
    ("数据库中没有{year}年的指标（有：{zh_years}年）", "the database holds no indicators of {year} (it holds: {zh_years})"),
    ("数据库中还没有计划，无法导入重点项目；请先指定年度",
     "the database has no plan yet, so key projects cannot be imported: choose the year first"),
    ("数据库中还没有计划，无法导入举措；请先指定年度",
     "the database has no plan yet, so measures cannot be imported: choose the year first"),
    # an edit the store refuses (store/changes.py) or a value the domain cannot read
    ("计划完工（{end}）早于计划开工（{start}）", "the planned completion ({end}) is before the planned start ({start})"),
    ("项目名称不能为空", "the project's name cannot be empty"),
    # a target added by hand (store/plan_rows.py), with the measure and section it may make
    ("目标原文不能为空", "the target's wording cannot be empty"),
    ("举措名称不能为空", "the measure's title cannot be empty"),
    ("请填写举措所属的部分", "give the section the measure belongs to"),
    ("该项目已被他人删除", "a colleague has deleted the project"),
    ("该举措已被他人删除", "a colleague has deleted the measure"),
    ("该部分已被他人删除", "a colleague has deleted the section"),
    ("所属的部分、举措或指标已被他人删除", "a colleague has deleted the section, measure or indicator it belongs to"),
    ("该行已恢复", "the row is back already"),
    ("已有名为“{name}”的指标", "an indicator is named “{name}” already"),
    ("项目编码“{code}”已是“{name}”的编码，一个编码只能对应一个项目",
     "the code “{code}” is “{name}”'s already: a code stands for one project"),
    # the plan's own figures typed in (store/plan_figures.py)
    ("计划数不能为负数：“{value}”", "a plan figure cannot be negative: “{value}”"),
    ("计划名称不能为空", "the plan's title cannot be empty"),
    ("不能设置计划数：{key}", "no such plan figure: {key}"),
    ("内容过长（{n} 字，最多 {limit} 字）", "too long ({n} characters, at most {limit})"),
    ("月份应为1-12", "the month should be 1 to 12"),
    ("这个月没有这一天", "that month has no such day"),
    ("月份跨两个季度，请写明一个月份或季度", "the months are in two quarters: give one month or one quarter"),
    ("看不出是月/日还是日/月：请写成 2024-03-15 或 2024年3月",
     "whether the month or the day comes first is not clear: write it as 2024-03-15 or 2024年3月"),
    ("第{col}列的日期先写月、后写日（如“{text}”），按此读取",
     "column {col}'s dates give the month before the day (as “{text}”), and are read so"),
    ("第{col}列的日期先写日、后写月（如“{text}”），按此读取",
     "column {col}'s dates give the day before the month (as “{text}”), and are read so"),
    ("不是有效的日期", "not a valid date"),
    ("日期序号超出范围", "the date's serial number is out of range"),
    ("日期超出范围", "the date is out of range"),
    ("空白", "blank"),
    ("“{field}”不能为空", "“{field}” cannot be empty"),
    ("“{value}”不是数字", "“{value}” is not a number"),
    ("“{value}”不是整数", "“{value}” is not a whole number"),
    ("“{value}”过大（最大 {limit}）", "“{value}” is too large (at most {limit})"),
    # typed into the project window's lists (ui/project_dialog.py _parse_row) and a money cell (domain/money.py)
    ("“{value}”不是季度（应为如 2024年一季度、2024Q1）",
     "“{value}” is not a quarter (expected such as “2024年一季度”, 2024Q1)"),
    ("“{value}”不是日期（应为如 2024-03-15）", "“{value}” is not a date (expected such as 2024-03-15)"),
    ("不是数字：“{value}”", "not a number: “{value}”"),
    ("“{value}”不是金额；投资以亿元计，可填 1.5、1.5亿元 或 3000万元",
     "“{value}” is not an amount: investment is in 100 million CNY (亿元); type 1.5, 1.5亿元 or 3000万元"),
    ("节点名称不能为空", "the milestone's name cannot be empty"),
    ("形象进度不能为空", "the progress cannot be empty"),
    ("季度不能为空", "the quarter cannot be empty"),
    ("投资不能为负数", "an investment cannot be negative"),
    ("同一季度只能填一行", "one row per quarter"),
    ("{year}年的计划已经存在", "the {year} plan already exists"),
    ("没有{year}年的计划", "there is no {year} plan"),
    ("“{name}”不在{year}年计划中", "“{name}” is not on the {year} plan"),
    ("不能把项目并入它自己", "a project cannot be merged into itself"),
    ("{year}年是数据库中唯一的年度计划，不能删除", "{year} is the database's only year's plan: it cannot be removed"),
    ("无法识别的季度/日期：“{text}”（{inner}）；应为如 2024年一季度、2024Q1、2024年3月、2024-03-15",
     "“{text}” is not a quarter or a date ({inner}); expected such as “2024年一季度”, 2024Q1, “2024年3月”, 2024-03-15"),
    ("无法识别的季度/日期：“{text}”；应为如 2024年一季度、2024Q1、2024年3月、2024-03-15",
     "“{text}” is not a quarter or a date; expected such as “2024年一季度”, 2024Q1, “2024年3月”, 2024-03-15"),
    ("无法识别的目标值：“{text}”（{inner}）；应为如 6%左右、8%以上、5.5%以内、突破650亿元、300天",
     "“{text}” is not a target ({inner}); expected such as “6%左右”, “8%以上”, “5.5%以内”, “突破650亿元”, “300天”"),
    ("无法识别的目标值：“{text}”；应为如 6%左右、8%以上、5.5%以内、突破650亿元、300天",
     "“{text}” is not a target; expected such as “6%左右”, “8%以上”, “5.5%以内”, “突破650亿元”, “300天”"),
    # "文件名.xlsx：…": a reading error names its file (tried last: other messages hold a colon too)
    ("{file}：{inner}", "{file}: {inner}"),
]


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    out = []
    for i, part in enumerate(parts):
        out.append(re.escape(part) if i % 2 == 0 else f"(?P<{part}>.+?)")
    return re.compile("^" + "".join(out) + "$", re.S)


# a key project's fields as the core names them in a message ("区域、总投资")
_FIELDS_EN = {"区域": "zone", "板块": "area", "类别": "class", "总投资": "total investment",
              "年度计划投资": "annual investment", "开工": "start", "完工": "completion", "建设性质": "nature",
              "级别": "level", "责任单位": "responsible unit", "业主单位": "owner",
              "以前年度累计完成投资": "investment done in earlier years"}

_ZONES_EN = {"东部": "east", "中部": "central", "西部": "west", "全区": "district-wide"}
_KINDS_EN = {"指标完成情况表（附件1）": "an indicator results table (annex 1)",
             "指标目标表（附件2）": "an indicator targets table (annex 2)",
             "重点项目表": "a key projects table", "举措与目标表": "a measures table"}
_TABLES_EN = {"重点项目表 key_projects": "the key projects' table key_projects",
              "重点项目表 key_projects、推进情况表 project_progress":
                  "the key projects' table key_projects and the progress table project_progress",
              "重点项目表 key_projects、举措表 measures":
                  "the key projects' table key_projects and the measures' table measures",
              "推进情况表 project_progress": "the progress table project_progress",
              "重点项目表 key_projects、举措表 measures、推进情况表 project_progress":
                  "the key projects' table key_projects, the measures' table measures and the progress table "
                  "project_progress",
              "重点项目表 key_projects、举措表 measures、推进情况表 project_progress、各单位进展 unit_progress":
                  "every table but the indicators'",
              "重点项目": "key projects", "举措表": "measures' table"}

_CATALOGUE: list[tuple[re.Pattern[str], str]] = []  # the templates compiled at the first English asked for


def _catalogue() -> list[tuple[re.Pattern[str], str]]:
    """The messages' patterns: four hundred regular expressions, compiled once, when English is first asked for (a
    Chinese import compiled them all for nothing)."""
    if not _CATALOGUE:
        _CATALOGUE.extend((_pattern(zh), en) for zh, en in _MESSAGES)
    return _CATALOGUE


_MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
              "November", "December"]
_PERIODS_EN = {"一季度": "the first quarter", "第一季度": "the first quarter", "上半年": "the first half",
               "前三季度": "the first three quarters", "全年": "the year"}


def _period_en(period: str) -> str:
    """"1-11月" → "January to November"; the words of a period kept where not known."""
    m = re.fullmatch(r"1-(\d{1,2})月", period)
    if m and 1 <= int(m.group(1)) <= 12:
        return f"January to {_MONTHS_EN[int(m.group(1)) - 1]}"
    return _PERIODS_EN.get(period, f"“{period}”")


def english(message: str) -> str:
    """The English of a core message; the message itself when it is not known."""
    for pattern, en in _catalogue():
        m = pattern.match(message)
        if m:
            values = m.groupdict()
            for key in ("zh_fields", "zh_fields2"):  # "区域、总投资": a project's fields, named in English
                if key in values:
                    values[key] = ", ".join(_FIELDS_EN.get(f, f) for f in values[key].split("、"))
            for key in ("zh_zone", "zh_zone2"):  # 东部 is east
                if key in values:
                    values[key] = _ZONES_EN.get(values[key], values[key])
            for key in ("zh_years", "zh_list"):  # "2023、2024", "C、E、F"
                if key in values:
                    values[key] = values[key].replace("、", ", ")
            for key in ("zh_kind", "zh_kind2"):  # a table's kind as the import dialog's box names it
                if key in values:
                    values[key] = _KINDS_EN.get(values[key], values[key])
            if "zh_field" in values:
                values["zh_field"] = {"名称": "name (“名称”)", "目标": "target (“目标”)"}.get(values["zh_field"],
                                                                                        values["zh_field"])
            for key in ("zh_tables", "zh_what"):  # the tables an option is for, named in English
                if key in values:
                    values[key] = _TABLES_EN.get(values[key], values[key])
            if values.get("cn_quarter") in ("一", "二", "三", "四"):  # "二季度" is quarter 2
                values["cn_quarter"] = str("一二三四".index(values["cn_quarter"]) + 1)
            for key in ("period", "period2"):  # "1-11月", "前三季度": the months a running total covers
                if key in values:
                    values[key] = _period_en(values[key])
            if "inner" in values:
                values["inner"] = english(values["inner"])
                if values["inner"] == m.group("inner") and "file" in values:
                    continue  # not a file's name before a known message
            return _one_as_one(en.format(**values))
    return message


# the English is written for many ("{n} projects give"): one is said as one ("1 project gives", not "1 projects give")
_NOUNS = ("project|target|part|cell|blank cell|measure|column|row|time|indicator|unit|sheet|table|file|record|change|"
          "character|page")
_ONE = re.compile(rf"(?<![\d.,])\b1 (new )?({_NOUNS})s(')?(?: (are|give|say|go|were|have)\b)?")
_VERB_OF_ONE = {"are": " is", "give": " gives", "say": " says", "go": " goes", "were": " was", "have": " has"}


def _one_as_one(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        possessive = "'s" if m.group(3) else ""
        return f"1 {m.group(1) or ''}{m.group(2)}{possessive}{_VERB_OF_ONE.get(m.group(4) or '', '')}"

    return _ONE.sub(one, text)


def problem_text(message: str) -> str:
    """``message`` as the interface shows it: as written in Chinese, translated in English. The English begins
    with a capital: it stands alone in a box, a status bar or a note, or after a colon ("no project is of those
    asked for" opened a box in lower case)."""
    if language() == "zh":
        return message
    said = english(message)
    return said[:1].upper() + said[1:]

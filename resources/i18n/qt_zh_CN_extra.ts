<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Qt's own words that Qt's Chinese translation (qtbase_zh_CN) lacks: Qt 6 added mnemonics to the file
     dialog's labels ("&Look in:"), and the Chinese catalogue still has them without ("Look in:"), so the
     open and save dialogs of a Chinese interface said "Look in:" and "Files of type:" in English. And a
     file's size is 大小 (as Windows and WPS say it), not 体积 (a volume).
     Loaded after qtbase_zh_CN, it is asked first; every other word falls through to Qt's. Kept by hand. -->
<TS version="2.1" language="zh_CN">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>文件类型(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
</context>
</TS>

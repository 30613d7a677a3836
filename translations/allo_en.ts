<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>JournalCommand</name>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked.</source>
        <translation>
            <numerusform>The journal is intact: %n entry checked.</numerusform>
            <numerusform>The journal is intact: %n entries checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message numerus="yes">
        <source>%1 %n part(s)</source>
        <translation>
            <numerusform>%1 %n part</numerusform>
            <numerusform>%1 %n parts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueCommand</name>
    <message numerus="yes">
        <source>%n operation(s) written to %1.</source>
        <translation>
            <numerusform>%n operation written to %1.</numerusform>
            <numerusform>%n operations written to %1.</numerusform>
        </translation>
    </message>
</context>
</TS>
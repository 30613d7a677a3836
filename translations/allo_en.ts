<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>JournalAnchor</name>
    <message numerus="yes">
        <source>%n later entries were written without the key (by a program that had no keychain, the newest is entry %1): only the anchor, once it moved past them, protects them.</source>
        <translation>
            <numerusform>%n later entry was written without the key (by a program that had no keychain, the newest is entry %1): only the anchor, once it moved past it, protects it.</numerusform>
            <numerusform>%n later entries were written without the key (by a program that had no keychain, the newest is entry %1): only the anchor, once it moved past them, protects them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JournalCommand</name>
    <message numerus="yes">
        <source>The journal&apos;s chain is consistent: %n entries checked.</source>
        <translation>
            <numerusform>The journal&apos;s chain is consistent: %n entry checked.</numerusform>
            <numerusform>The journal&apos;s chain is consistent: %n entries checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked against the anchor kept in the keychain.</source>
        <translation>
            <numerusform>The journal is intact: %n entry checked against the anchor kept in the keychain.</numerusform>
            <numerusform>The journal is intact: %n entries checked against the anchor kept in the keychain.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message numerus="yes">
        <source>%n site(s) of the account kept in the profile for offline use.</source>
        <translation>
            <numerusform>%n site of the account kept in the profile for offline use.</numerusform>
            <numerusform>%n sites of the account kept in the profile for offline use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n incident(s) published at once await your review.</source>
        <translation>
            <numerusform>%n incident published at once awaits your review.</numerusform>
            <numerusform>%n incidents published at once await your review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new submission(s) await your review.</source>
        <translation>
            <numerusform>%n new submission awaits your review.</numerusform>
            <numerusform>%n new submissions await your review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notice(s) published until further notice are still live. End them when the event is over.</source>
        <translation>
            <numerusform>%n notice published until further notice is still live. End it when the event is over.</numerusform>
            <numerusform>%n notices published until further notice are still live. End them when the event is over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) have not reached the platform yet. They are kept in the outbox of this profile (%1) and will be sent the next time the console starts and the platform can be reached.</source>
        <translation>
            <numerusform>%n operation has not reached the platform yet. It is kept in the outbox of this profile (%1) and will be sent the next time the console starts and the platform can be reached.</numerusform>
            <numerusform>%n operations have not reached the platform yet. They are kept in the outbox of this profile (%1) and will be sent the next time the console starts and the platform can be reached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n operation(s) in conflict or refused by the platform wait for you in the outbox; they are not sent again by themselves.</source>
        <translation>
            <numerusform>%n operation in conflict or refused by the platform waits for you in the outbox; it is not sent again by itself.</numerusform>
            <numerusform>%n operations in conflict or refused by the platform wait for you in the outbox; they are not sent again by themselves.</numerusform>
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
    <message numerus="yes">
        <source>Gave up after %1 s with %n operation(s) not sent. They stay in the queue and are sent later: run allo-cli queue flush --wait again, or see allo-cli queue list.</source>
        <translation>
            <numerusform>Gave up after %1 s with %n operation not sent. It stays in the queue and is sent later: run allo-cli queue flush --wait again, or see allo-cli queue list.</numerusform>
            <numerusform>Gave up after %1 s with %n operations not sent. They stay in the queue and are sent later: run allo-cli queue flush --wait again, or see allo-cli queue list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing more can be sent without you: %n operation(s) wait, for the reasons above. See allo-cli queue list.</source>
        <translation>
            <numerusform>Nothing more can be sent without you: %n operation waits, for the reason above. See allo-cli queue list.</numerusform>
            <numerusform>Nothing more can be sent without you: %n operations wait, for the reasons above. See allo-cli queue list.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewWorkspace</name>
    <message numerus="yes">
        <source>%n submission(s) awaiting review, refreshed at %1.</source>
        <translation>
            <numerusform>%n submission awaiting review, refreshed at %1.</numerusform>
            <numerusform>%n submissions awaiting review, refreshed at %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendConfirmationDialog</name>
    <message numerus="yes">
        <source>%n part(s), %1</source>
        <translation>
            <numerusform>%n part, %1</numerusform>
            <numerusform>%n parts, %1</numerusform>
        </translation>
    </message>
</context>
</TS>

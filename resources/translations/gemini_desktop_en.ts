<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AttachmentStrip</name>
    <message numerus="yes">
        <source>%n more file(s) could not be added.</source>
        <translation>
            <numerusform>%n more file could not be added.</numerusform>
            <numerusform>%n more files could not be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Adding %n file…</numerusform>
            <numerusform>Adding %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchJob</name>
    <message numerus="yes">
        <source>%n requests</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute this model&apos;s quota let through last time. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n photo: sent on its own it would take about %1, at the %2 a minute this model&apos;s quota let through last time. As one batch job, Google answers it at half the price, usually within hours; you can close the window meanwhile.</numerusform>
            <numerusform>%n photos: sent one by one they would take about %1, at the %2 a minute this model&apos;s quota let through last time. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos: sent one by one they would take about %1, at the %2 a minute a new project&apos;s quota allows. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</source>
        <translation>
            <numerusform>%n photo: sent on its own it would take about %1, at the %2 a minute a new project&apos;s quota allows. As one batch job, Google answers it at half the price, usually within hours; you can close the window meanwhile.</numerusform>
            <numerusform>%n photos: sent one by one they would take about %1, at the %2 a minute a new project&apos;s quota allows. As one batch job, Google answers them all at half the price, usually within hours; you can close the window meanwhile.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job was cancelled, so %n photos have no answer.</source>
        <translation>
            <numerusform>The batch job was cancelled, so %n photo has no answer.</numerusform>
            <numerusform>The batch job was cancelled, so %n photos have no answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job expired: Google did not finish it in time, so %n photos have no answer.</source>
        <translation>
            <numerusform>The batch job expired: Google did not finish it in time, so %n photo has no answer.</numerusform>
            <numerusform>The batch job expired: Google did not finish it in time, so %n photos have no answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The batch job failed at Google, so %n photos have no answer.</source>
        <translation>
            <numerusform>The batch job failed at Google, so %n photo has no answer.</numerusform>
            <numerusform>The batch job failed at Google, so %n photos have no answer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n photos have no answer; each row says why. Retry failed sends them again one by one.</source>
        <translation>
            <numerusform>%n photo has no answer; its row says why. Retry failed sends it again.</numerusform>
            <numerusform>%n photos have no answer; each row says why. Retry failed sends them again one by one.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchSetupDialog</name>
    <message numerus="yes">
        <source>%n files and folders</source>
        <translation>
            <numerusform>%n file or folder</numerusform>
            <numerusform>%n files and folders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BatchWindow</name>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an answer</source>
        <translation>
            <numerusform>%n without an answer</numerusform>
            <numerusform>%n without an answer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left out</source>
        <translation>
            <numerusform>%n left out</numerusform>
            <numerusform>%n left out</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ClipEditorDialog</name>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TokenCountLabel</name>
    <message numerus="yes">
        <source>%n tokens</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
</context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Without automatic billing the balance stays above zero for %n day(s).</source>
        <translation>
            <numerusform>Without automatic billing the balance stays above zero for %n day.</numerusform>
            <numerusform>Without automatic billing the balance stays above zero for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invoice(s) written to %1; %2 failed.</source>
        <translation>
            <numerusform>%n invoice written to %1; %2 failed.</numerusform>
            <numerusform>%n invoices written to %1; %2 failed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s)</source>
        <translation>
            <numerusform>%n table</numerusform>
            <numerusform>%n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message numerus="yes">
        <source>Reconnecting in %n second(s)…</source>
        <translation>
            <numerusform>Reconnecting in %n second…</numerusform>
            <numerusform>Reconnecting in %n seconds…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastPage</name>
    <message numerus="yes">
        <source>Without automatic billing the balance stays above zero for the next %n day(s).</source>
        <translation>
            <numerusform>Without automatic billing the balance stays above zero for the next %n day.</numerusform>
            <numerusform>Without automatic billing the balance stays above zero for the next %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automatic billing would top up %n time(s), %1 in all.</source>
        <translation>
            <numerusform>Automatic billing would top up %n time, %1 in all.</numerusform>
            <numerusform>Automatic billing would top up %n times, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InvoicePage</name>
    <message numerus="yes">
        <source>Invoice %1: %n deposit(s), %2 paid with taxes.</source>
        <translation>
            <numerusform>Invoice %1: %n deposit, %2 paid with taxes.</numerusform>
            <numerusform>Invoice %1: %n deposits, %2 paid with taxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Invoice %1: %n line(s), closing balance %2.</source>
        <translation>
            <numerusform>Invoice %1: %n line, closing balance %2.</numerusform>
            <numerusform>Invoice %1: %n lines, closing balance %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message numerus="yes">
        <source>“%1” has more than %n decimal(s), the smallest unit of %2</source>
        <translation>
            <numerusform>“%1” has more than %n decimal, the smallest unit of %2</numerusform>
            <numerusform>“%1” has more than %n decimals, the smallest unit of %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoutingTab</name>
    <message numerus="yes">
        <source>%n call(s) from %1 to %2</source>
        <translation>
            <numerusform>%n call from %1 to %2</numerusform>
            <numerusform>%n calls from %1 to %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubscriptionTab</name>
    <message numerus="yes">
        <source>%n item(s): %1 now, then %2 a month more</source>
        <translation>
            <numerusform>%n item: %1 now, then %2 a month more</numerusform>
            <numerusform>%n items: %1 now, then %2 a month more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TransactionHistoryPage</name>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
</context>
</TS>

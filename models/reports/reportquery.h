#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>

// What a call report asks for: an inclusive date range in the account's time zone, the numbers (empty:
// all), the call type and the grouping. Shared by the tab, the CLI and saved report definitions.
struct ReportQuery final
{
    Q_DECLARE_TR_FUNCTIONS(ReportQuery)

public:
    enum class CallType { All, Answered, Missed, Voicemail, Blocked, Outbound };
    enum class Grouping { None, Day, Did, Hour };

    QDate from;
    QDate to;
    QStringList dids; // E.164; empty means every number
    CallType type = CallType::All;
    Grouping grouping = Grouping::None;

    // Stable names used by the CLI and the CSV/JSON ("missed", "did"…).
    static QString typeName(CallType type);
    static bool parseType(const QString &text, CallType *type);
    static QString groupingName(Grouping grouping);
    static bool parseGrouping(const QString &text, Grouping *grouping);
    static QList<CallType> types();
    static QList<Grouping> groupings();
    // Translated, for people.
    static QString typeLabel(CallType type);
    static QString groupingLabel(Grouping grouping);
    static QString dispositionLabel(const QString &disposition);

    // The saved_reports definition ({"from","to","dids","type","group_by"}, plus "preset" when set).
    QJsonObject toJson() const;
    static ReportQuery fromJson(const QJsonObject &json);
};

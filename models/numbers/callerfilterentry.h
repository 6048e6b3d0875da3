#pragma once

#include "core/result.h"
#include "routing/callerfilter.h"

#include <QCoreApplication>
#include <QString>

// One entry of a number's block list or allow list: an exact E.164 number, a prefix wildcard
// ("+1514*") or "anonymous". Which entry wins for a call is CallerFilter's business (models/routing);
// this type only stores and validates entries.
struct CallerFilterEntry final
{
    Q_DECLARE_TR_FUNCTIONS(CallerFilterEntry)

public:
    using Kind = CallerFilter::PatternKind;

    qint64 id = 0;
    qint64 numberId = 0;
    int position = 0;
    QString pattern;
    QString note;
    int version = 1;

    Kind kind() const { return CallerFilter::patternKind(pattern); }
    static QString kindName(Kind kind); // translated, for people

    // Returns the pattern in stored form ("+15145550123", "+1514*", "anonymous") or why it is refused:
    // CallerFilter::normalizePattern(), and an exact number must also be a valid number (libphonenumber).
    static Result<QString> normalizePattern(const QString &text);
};

#pragma once

#include <QDateTime>
#include <QString>

// A request to replace a number that attracts spam with a fresh one, with its reason and status.
struct SwapRequest final
{
    qint64 id = 0;
    qint64 numberId = 0; // 0 once the number was released
    QString e164;
    QString reason;
    QDateTime requestedAt; // UTC
    QString status = QStringLiteral("requested"); // requested, done, refused
};

#pragma once

#include "reportquery.h"

#include <QString>

// A named report definition the user keeps (the saved_reports table): its filters, and the date preset
// when it was chosen from one, so "Last month" stays last month when reopened.
struct SavedReport final
{
    qint64 id = 0;
    QString name;
    ReportQuery query;
    QString preset; // ReportWindow::Preset as a number, or empty for fixed dates
    int version = 1;
};

#pragma once

#include "numberrepository.h"

#include <QAbstractTableModel>
#include <QTimeZone>

#include <optional>

// One number's calls, newest first, with a call-type filter (All, Answered, Missed, Voicemail,
// Blocked, Outbound). Pages come from SQL with keyset pagination through canFetchMore()/fetchMore(),
// so the view only ever holds what was scrolled to, never the whole calls table. Times show in the
// number's Activity Time Zone.
class ActivityModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { TimeColumn, CallerColumn, TypeColumn, DurationColumn, CostColumn, ColumnCount };
    static constexpr int kPageSize = 200;

    explicit ActivityModel(QObject *parent = nullptr);

    // Shows the number's calls (first page loaded at once). numberId 0 shows nothing.
    void setNumber(const NumberRepository &repository, qint64 numberId, const QString &zoneId);
    void clear();
    // "" (all), "answered", "missed", "voicemail", "blocked", "outbound".
    void setDisposition(const QString &disposition);
    const QString &disposition() const { return m_disposition; }
    qint64 numberId() const { return m_numberId; }
    // Counted in SQL on request (the view does not need it to show the first page).
    qint64 totalCount() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    static QStringList dispositions(); // the filter's values, "" first
    static QString dispositionName(const QString &disposition);

signals:
    void errorOccurred(const QString &message);

private:
    void reload();

    std::optional<NumberRepository> m_repository;
    qint64 m_numberId = 0;
    QTimeZone m_zone;
    QString m_currency;
    QString m_disposition;
    QList<ActivityCall> m_calls;
    bool m_atEnd = true;
    bool m_fetching = false;
};

#pragma once

#include "callerfilterrepository.h"

#include <QAbstractTableModel>

#include <optional>

// One number's caller filter entries in list order, for the Caller Filters panel: pattern and note
// are editable in place, rows are removed and reordered through the model (written at once, with
// the version checked).
class CallerFilterModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { PatternColumn, KindColumn, NoteColumn, ColumnCount };

    explicit CallerFilterModel(QObject *parent = nullptr);

    void setNumber(const CallerFilterRepository &repository, qint64 numberId);
    void clear();
    Result<void> reload();
    qint64 numberId() const { return m_numberId; }
    CallerFilterEntry entry(int row) const { return m_entries.value(row); }

    Result<void> addEntry(const QString &pattern, const QString &note = QString());
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

signals:
    void errorOccurred(const QString &message);

private:
    void fail(const Error &error);

    std::optional<CallerFilterRepository> m_repository;
    qint64 m_numberId = 0;
    QList<CallerFilterEntry> m_entries;
    QString m_lastError;
};

#pragma once

#include "subscriptionservice.h"

#include <QAbstractTableModel>

// The catalogue's options of one kind against the subscription: name, monthly price, status.
// Column 0 shows a check box: bundled options are checked and not enabled (dimmed), subscribed ones
// checked; ticking an available one marks it to add (pendingCodes()) until Submit reviews it.
class ServiceOptionsModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, PriceColumn, StatusColumn, ColumnCount };
    enum Status { Available, Subscribed, Ending, Included };
    static constexpr int CodeRole = Qt::UserRole + 200;
    static constexpr int StatusRole = Qt::UserRole + 201;

    explicit ServiceOptionsModel(QString kind, QObject *parent = nullptr);

    void setState(const SubscriptionService::State &state);
    Status status(int row) const;
    QString code(int row) const;
    QStringList pendingCodes() const; // available options ticked by the user
    void clearPending();
    // Employees view only: no box can be ticked.
    void setCheckable(bool checkable);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

private:
    struct Row
    {
        Catalogue::Option option;
        Status status = Available;
        int quantity = 0;
        QDate endsOn;
        bool pending = false;
    };
    QString m_kind;
    bool m_checkable = true;
    QList<Row> m_rows;
};

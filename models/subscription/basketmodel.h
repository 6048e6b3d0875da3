#pragma once

#include "basket.h"

#include <QAbstractTableModel>

// The basket's lines for the view: product, quantity, unit price, monthly total.
class BasketModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ProductColumn, QuantityColumn, UnitPriceColumn, TotalColumn, ColumnCount };

    explicit BasketModel(QObject *parent = nullptr);

    void setLines(const QList<Basket::Line> &lines);
    qint64 lineId(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Basket::Line> m_lines;
};

package com.duskspendr.analytics.reports.control;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The statement as a PDF a person would want to read: per currency the totals, a spending-by-category bar
 * chart and a 12-month trend chart (JFreeChart, drawn headless into images), the largest transactions; then
 * the budgets against their limits. PDFBox, because it both writes the document and lets the tests read it
 * back (text extraction, the page's images) with the same library; the standard Helvetica needs no font files.
 */
public final class StatementPdf {

  private static final float MARGIN = 50;
  private static final float LINE = 15;
  private static final int CHART_WIDTH = 500;
  private static final int CHART_HEIGHT = 230;

  private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
  private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);

  public byte[] render(StatementData data) {
    System.setProperty("java.awt.headless", "true");
    try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Writer writer = new Writer(document);
      writer.text(bold, 18, "DuskSpendr statement " + data.month());
      writer.text(regular, 10, "For " + data.owner());
      writer.gap();
      for (StatementData.CurrencyPart part : data.currencies()) {
        writer.text(bold, 14, "Totals in " + part.currency());
        writer.text(regular, 11, "Spent " + part.spent() + "   Income " + part.income() + "   Net " + part.net());
        writer.text(regular, 11, part.count() + " transactions, on average " + part.dailyAverage() + " spent a day");
        if (!part.categories().isEmpty()) {
          writer.image(categoryChart(part));
        }
        writer.image(trendChart(part));
        writer.text(bold, 12, "Largest transactions");
        for (StatementData.TransactionLine line : part.largest()) {
          writer.text(regular, 10, line.date() + "   " + clip(line.merchant(), 40) + "   "
              + (line.categoryId() == null ? "uncategorized" : line.categoryId()) + "   " + line.amount());
        }
        writer.gap();
      }
      writer.text(bold, 14, "Budgets");
      if (data.budgets().isEmpty()) {
        writer.text(regular, 10, "No budgets.");
      }
      for (StatementData.BudgetLine budget : data.budgets()) {
        writer.text(regular, 10, budget.categoryId() + "   " + budget.periodStart() + " to " + budget.periodEnd()
            + "   spent " + budget.spent() + " of " + budget.limit() + " " + budget.currency());
      }
      writer.close();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the statement", e);
    }
  }

  private static BufferedImage categoryChart(StatementData.CurrencyPart part) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (StatementData.CategoryLine line : part.categories()) {
      BigDecimal spent = new BigDecimal(line.spent());
      if (spent.signum() > 0) {
        dataset.addValue(spent, "Spent", clip(line.name(), 18));
      }
    }
    JFreeChart chart = ChartFactory.createBarChart("Spending by category (" + part.currency() + ")", null, null,
        dataset, PlotOrientation.HORIZONTAL, false, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    return chart.createBufferedImage(CHART_WIDTH, CHART_HEIGHT);
  }

  private static BufferedImage trendChart(StatementData.CurrencyPart part) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (StatementData.MonthLine month : part.trend()) {
      dataset.addValue(new BigDecimal(month.spent()), "Spent", month.month());
      dataset.addValue(new BigDecimal(month.income()), "Income", month.month());
    }
    JFreeChart chart = ChartFactory.createLineChart("12 months (" + part.currency() + ")", null, null, dataset,
        PlotOrientation.VERTICAL, true, false, false);
    chart.setBackgroundPaint(Color.WHITE);
    // twelve "2026-05" labels side by side do not fit the width; upright they do
    chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    return chart.createBufferedImage(CHART_WIDTH, CHART_HEIGHT);
  }

  private static String clip(String text, int length) {
    String safe = text == null || text.isBlank() ? "-" : text.strip();
    // Helvetica (WinAnsi) cannot draw every character a merchant name may hold
    StringBuilder printable = new StringBuilder();
    safe.codePoints().forEach(c -> printable.append(c >= 32 && c < 127 ? (char) c : '?'));
    return printable.length() <= length ? printable.toString() : printable.substring(0, length - 1) + "~";
  }

  /** Lays lines and images top to bottom, starting a new page when one is full. */
  private final class Writer {
    private final PDDocument document;
    private PDPageContentStream stream;
    private float y;
    private final List<PDPage> pages = new ArrayList<>();

    Writer(PDDocument document) throws IOException {
      this.document = document;
      newPage();
    }

    void text(PDType1Font font, float size, String text) throws IOException {
      room(LINE + size);
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(MARGIN, y);
      stream.showText(clip(text, 110));
      stream.endText();
      y -= LINE + (size - 10);
    }

    void image(BufferedImage image) throws IOException {
      float height = image.getHeight() * 0.9f;
      room(height + LINE);
      PDImageXObject object = LosslessFactory.createFromImage(document, image);
      stream.drawImage(object, MARGIN, y - height, image.getWidth() * 0.9f, height);
      y -= height + LINE;
    }

    void gap() {
      y -= LINE;
    }

    private void room(float needed) throws IOException {
      if (y - needed < MARGIN) {
        newPage();
      }
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      pages.add(page);
      stream = new PDPageContentStream(document, page);
      y = page.getMediaBox().getHeight() - MARGIN;
    }

    void close() throws IOException {
      stream.close();
    }
  }

}

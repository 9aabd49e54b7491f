package org.officina.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic plant GeneratePlant draws, as arrays indexed by item (item i has code
 * I&lt;i+1&gt;): compact enough for millions of items. The generation phases fill it in turn, the
 * files are written from it.
 */
final class Plant {

  static final byte BUY = 0, MAKE = 1, SUB = 2;
  static final byte PCS = 0, KG = 1, MTR = 2;
  static final byte LFL = 0, FOQ = 1, MIN_MULT = 2, POQ = 3;
  static final String[] TYPE = {"BUY", "MAKE", "SUBCONTRACT"};
  static final String[] UOM = {"PCS", "KG", "M"};
  static final int[] UOM_DECIMALS = {0, 3, 2};
  static final String[] RULE = {"LFL", "FOQ", "MIN_MULT", "POQ"};
  static final int MAX_COMPONENTS = 6, MAX_OPS = 4, MAX_HEIGHT = 6, DAYS = 800;
  static final int DEMAND_DAYS = 365, SUPPLY_DAYS = 90;
  static final String CALENDAR = "TWO-SHIFT", WAREHOUSE = "MAIN", QUARANTINE = "QUAR";

  final int n;

  /** What open production orders still need of their materials, written into demand.csv. */
  final List<Allocation> allocations = new ArrayList<>();

  /** An allocation line: the order, the material line, the item, the quantity and the day. */
  record Allocation(String order, int line, int item, double qty, int day) {}

  final LocalDate start;

  // items, indexed by code order (item i has code I<i+1>)
  final String[] code;
  final byte[] type, uom, height, rule;
  final boolean[] top, phantom, service;
  final int[] lead, lotPeriods, supplier;
  final double[] lotQty, lotMin, lotMult, safety, indep, vol;

  // bill of materials, MAX_COMPONENTS slots per item
  final byte[] kTarget, kCount, opSeq;
  final int[] comp;
  final double[] qtyPer, scrap;
  final int[] ecoSlot, ecoComp, ecoDay; // an engineering change: slot replaced from ecoDay on
  final double[] ecoQty;

  // routings, MAX_OPS slots per item
  final byte[] nOps, opWc;
  final short[] opSetup, opQueue, opMove;
  final double[] opRun, opCost;

  // pools: non-end items by height; parents (heights 1..6) in ascending height
  final int[][] pool = new int[MAX_HEIGHT + 1][];
  final int[][] parentsByHeight = new int[MAX_HEIGHT + 1][];
  int[] parents;
  final int[] parentsFrom = new int[MAX_HEIGHT + 2];

  // resources
  final List<String> deptCode = new ArrayList<>(), deptDescription = new ArrayList<>();
  String[] wcCode, wcDept, wcDescription;
  int[] wcCapacity, wcEfficiency, wcUtilisation;
  int extWc;
  int[][] wcOfKind; // 0 parts (FAB, MACH), 1 assembly, 2 finishing
  int nSuppliers, nRegular;
  String[] supplierCode, supplierName;
  boolean[] subcontractor;
  int[] regularSuppliers, subcontractors;

  // calendar
  final String[] dayText = new String[DAYS];
  final boolean[] holiday = new boolean[DAYS];
  final int startDow;
  final List<String[]> exceptions = new ArrayList<>();

  Plant(int n, LocalDate start) {
    this.n = n;
    this.start = start;
    code = new String[n];
    type = new byte[n];
    uom = new byte[n];
    height = new byte[n];
    rule = new byte[n];
    top = new boolean[n];
    phantom = new boolean[n];
    service = new boolean[n];
    lead = new int[n];
    lotPeriods = new int[n];
    supplier = new int[n];
    lotQty = new double[n];
    lotMin = new double[n];
    lotMult = new double[n];
    safety = new double[n];
    indep = new double[n];
    vol = new double[n];
    kTarget = new byte[n];
    kCount = new byte[n];
    opSeq = new byte[n * MAX_COMPONENTS];
    comp = new int[n * MAX_COMPONENTS];
    qtyPer = new double[n * MAX_COMPONENTS];
    scrap = new double[n * MAX_COMPONENTS];
    ecoSlot = new int[n];
    ecoComp = new int[n];
    ecoDay = new int[n];
    ecoQty = new double[n];
    nOps = new byte[n];
    opWc = new byte[n * MAX_OPS];
    opSetup = new short[n * MAX_OPS];
    opQueue = new short[n * MAX_OPS];
    opMove = new short[n * MAX_OPS];
    opRun = new double[n * MAX_OPS];
    opCost = new double[n * MAX_OPS];
    startDow = start.getDayOfWeek().getValue() - 1;
    for (int d = 0; d < DAYS; d++) {
      dayText[d] = start.plusDays(d).toString();
    }
  }

  int dow(int day) {
    return (startDow + day) % 7;
  }

  /** The first working day (Monday to Friday, no holiday) on or after the day. */
  int workday(int day) {
    while (day < DAYS - 1 && (dow(day) >= 5 || holiday[day])) {
      day++;
    }
    return day;
  }

  /** A quantity rounded as its unit of measure allows: whole pieces, grams, centimetres. */
  static double round(double x, byte u) {
    return switch (u) {
      case PCS -> Math.max(1, Math.round(x));
      case KG -> Math.max(0.001, Math.round(x * 1000) / 1000.0);
      default -> Math.max(0.01, Math.round(x * 100) / 100.0);
    };
  }
}

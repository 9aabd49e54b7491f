package org.officina.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a synthetic plant in Officina's exchange format (docs/exchange-format.md) for the MRP
 * benchmarks of issue 4. Run through bench/generate-plant:
 *
 * <pre>bench/generate-plant --items N --seed S --out DIR [--start YYYY-MM-DD]</pre>
 *
 * <p>The same arguments give byte-identical files: everything is drawn from one seeded
 * SplittableRandom (one split per phase), nothing depends on hash order, the clock or the locale.
 *
 * <p>Shape, for N items: 20% BUY (the leaves), 3.5% SUBCONTRACT, the rest MAKE. Every MAKE and
 * SUBCONTRACT item has a height h (1..6, the longest path down to a purchased item) and 2..6
 * components of lower height, one of them of height h-1; so there is no cycle and an end item of
 * height h has a BOM h+1 levels deep. End items (about 4.5% of N, no parent) have heights 2..6:
 * BOMs 3..7 levels deep. Every other item has at least one parent. Weekly volumes flow from the end
 * items' sales rates down the BOM, and lot sizes, safety stocks, stock and open orders are sized on
 * them, so that the plan the data gives is plausible.
 */
public final class GeneratePlant {

  static final byte BUY = 0, MAKE = 1, SUB = 2;
  static final byte PCS = 0, KG = 1, MTR = 2;
  static final byte LFL = 0, FOQ = 1, MIN_MULT = 2, POQ = 3;
  static final String[] TYPE = {"BUY", "MAKE", "SUBCONTRACT"};
  static final String[] UOM = {"PCS", "KG", "M"};
  static final int[] UOM_DECIMALS = {0, 3, 2};
  static final String[] RULE = {"LFL", "FOQ", "MIN_MULT", "POQ"};
  static final int MAX_COMPONENTS = 6, MAX_OPS = 4, MAX_HEIGHT = 6, DAYS = 800;
  static final int DEMAND_DAYS = 365, SUPPLY_DAYS = 90;
  static final String CALENDAR = "TWO-SHIFT", WAREHOUSE = "MAIN";
  static final long[] POW10 = {1, 10, 100, 1000, 10000, 100000, 1000000};
  static final int[] FOQ_WEEKS = {1, 2, 4, 8};
  static final int[] POQ_PERIODS = {3, 5, 5, 10, 10, 15, 20};

  // arguments
  final int n;
  final long seed;
  final LocalDate start;
  final Path out;

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

  final SplittableRandom root;
  final List<String> summary = new ArrayList<>();

  GeneratePlant(int n, long seed, LocalDate start, Path out) {
    this.n = n;
    this.seed = seed;
    this.start = start;
    this.out = out;
    this.root = new SplittableRandom(seed);
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

  public static void main(String[] args) throws IOException {
    long t0 = System.nanoTime();
    int items = -1;
    Long seed = null;
    String out = null;
    LocalDate start = LocalDate.of(2027, 1, 4);
    try {
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        String value = null;
        int eq = a.indexOf('=');
        if (a.startsWith("--") && eq > 0) {
          value = a.substring(eq + 1);
          a = a.substring(0, eq);
        }
        if (a.equals("-h") || a.equals("--help")) {
          usage(null);
          return;
        }
        if (value == null) {
          if (i + 1 >= args.length) {
            usage("missing value for " + a);
          }
          value = args[++i];
        }
        switch (a) {
          case "--items" -> items = Integer.parseInt(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--out" -> out = value;
          case "--start" -> start = LocalDate.parse(value);
          default -> usage("unknown option " + a);
        }
      }
    } catch (NumberFormatException | DateTimeParseException e) {
      usage("bad value: " + e.getMessage());
    }
    if (items < 0 || seed == null || out == null) {
      usage("--items, --seed and --out are required");
    }
    if (items < 50) {
      usage("--items must be at least 50 (the smallest plant with BOMs 3 to 7 levels deep)");
    }
    if (items > 9_999_999) {
      usage("--items must be at most 9999999");
    }
    Path dir = Path.of(out);
    Files.createDirectories(dir);
    GeneratePlant plant = new GeneratePlant(items, seed, start, dir);
    plant.generate();
    plant.write();
    double seconds = (System.nanoTime() - t0) / 1e9;
    System.out.println(
        "generate-plant: items="
            + items
            + " seed="
            + seed
            + " start="
            + start
            + " out="
            + dir
            + ": "
            + String.join(", ", plant.summary)
            + String.format(java.util.Locale.ROOT, " (%.2f s)", seconds));
  }

  static void usage(String error) {
    String text =
        "usage: bench/generate-plant --items N --seed S --out DIR [--start YYYY-MM-DD]\n"
            + "  writes items, calendars, departments, work_centers, suppliers, bom, routings,\n"
            + "  stock, supply and demand .csv in the exchange format into DIR; the same\n"
            + "  arguments give byte-identical files. --start defaults to 2027-01-04.";
    if (error == null) {
      System.out.println(text);
      return;
    }
    System.err.println("generate-plant: " + error);
    System.err.println(text);
    System.exit(2);
  }

  // ---------------------------------------------------------------------------------- generation

  void generate() {
    calendar();
    resources(root.split());
    roles(root.split());
    routings(root.split());
    bom(root.split());
    engineeringChanges(root.split());
    volumes(root.split());
    itemParameters(root.split());
  }

  /** Italian public holidays on working days, and one extra Saturday shift. */
  void calendar() {
    int last = DEMAND_DAYS + 35;
    LocalDate end = start.plusDays(last);
    for (int year = start.getYear(); year <= end.getYear(); year++) {
      LocalDate easter = easter(year);
      Object[][] days = {
        {LocalDate.of(year, 1, 1), "Capodanno"},
        {LocalDate.of(year, 1, 6), "Epifania"},
        {easter.plusDays(1), "Lunedì dell'Angelo"},
        {LocalDate.of(year, 4, 25), "Festa della Liberazione"},
        {LocalDate.of(year, 5, 1), "Festa dei lavoratori"},
        {LocalDate.of(year, 6, 2), "Festa della Repubblica"},
        {LocalDate.of(year, 8, 15), "Ferragosto"},
        {LocalDate.of(year, 11, 1), "Ognissanti"},
        {LocalDate.of(year, 12, 8), "Immacolata Concezione"},
        {LocalDate.of(year, 12, 25), "Natale"},
        {LocalDate.of(year, 12, 26), "Santo Stefano"},
      };
      for (Object[] h : days) {
        LocalDate date = (LocalDate) h[0];
        long off = date.toEpochDay() - start.toEpochDay();
        if (off >= 0 && off <= last && date.getDayOfWeek().getValue() <= 5) {
          holiday[(int) off] = true;
        }
      }
    }
    int saturday = 56;
    while (dow(saturday) != 5 || holiday[saturday]) {
      saturday++;
    }
    for (int d = 0; d <= last; d++) {
      if (holiday[d]) {
        exceptions.add(new String[] {dayText[d], ""});
      } else if (d == saturday) {
        exceptions.add(new String[] {dayText[d], "06:00-14:00"}); // an extra Saturday shift
      }
    }
  }

  static LocalDate easter(int y) {
    int a = y % 19, b = y / 100, c = y % 100, d = b / 4, e = b % 4, f = (b + 8) / 25;
    int g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(y, month, day);
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

  void resources(SplittableRandom r) {
    boolean finishing = r.nextBoolean();
    String[][] depts = {
      {"FAB", "Fabrication: cutting, bending, welding"},
      {"MACH", "Machining"},
      {"ASSY", "Assembly and testing"},
      {"FIN", "Finishing and inspection"},
      {"EXT", "External operations (conto lavoro)"},
    };
    for (String[] d : depts) {
      if (!d[0].equals("FIN") || finishing) {
        deptCode.add(d[0]);
        deptDescription.add(d[1]);
      }
    }
    String[][] kinds = {
      {"Laser cutting", "Sawing", "Press brake bending", "Robot welding", "Manual welding"},
      {"CNC turning", "CNC milling", "Drilling", "Grinding", "Machining centre"},
      {"Assembly line", "Bench assembly", "Testing bench"},
      {"Painting line", "Washing", "Final inspection"},
    };
    int internalDepts = finishing ? 4 : 3;
    int nWc = 10 + r.nextInt(11);
    int internal = nWc - 1;
    List<String> codes = new ArrayList<>(), depOf = new ArrayList<>(), desc = new ArrayList<>();
    List<Integer> kindOf = new ArrayList<>();
    int[] perDept = new int[internalDepts];
    for (int i = 0; i < internal; i++) {
      perDept[i < 2 * internalDepts ? i % internalDepts : r.nextInt(internalDepts)]++;
    }
    int[] deptIndex = finishing ? new int[] {0, 1, 2, 3} : new int[] {0, 1, 2};
    for (int d = 0; d < internalDepts; d++) {
      int k = deptIndex[d];
      for (int j = 0; j < perDept[d]; j++) {
        codes.add(depts[k][0] + (j < 9 ? "0" : "") + (j + 1));
        depOf.add(depts[k][0]);
        desc.add(kinds[k][j % kinds[k].length]);
        kindOf.add(k == 2 ? 1 : k == 3 ? 2 : 0);
      }
    }
    codes.add("EXT01");
    depOf.add("EXT");
    desc.add("Subcontractors");
    kindOf.add(-1);
    wcCode = codes.toArray(new String[0]);
    wcDept = depOf.toArray(new String[0]);
    wcDescription = desc.toArray(new String[0]);
    extWc = wcCode.length - 1;
    wcCapacity = new int[wcCode.length];
    wcEfficiency = new int[wcCode.length];
    wcUtilisation = new int[wcCode.length];
    int[] kindCount = new int[3];
    for (int w = 0; w < wcCode.length; w++) {
      wcCapacity[w] = w == extWc ? 1 : 1 + r.nextInt(kindOf.get(w) == 1 ? 3 : 2);
      wcEfficiency[w] = w == extWc ? 100 : 85 + 5 * r.nextInt(6);
      wcUtilisation[w] = w == extWc ? 100 : 80 + 5 * r.nextInt(4);
      if (kindOf.get(w) >= 0) {
        kindCount[kindOf.get(w)]++;
      }
    }
    wcOfKind = new int[3][];
    for (int k = 0; k < 3; k++) {
      wcOfKind[k] = new int[kindCount[k]];
      int j = 0;
      for (int w = 0; w < wcCode.length; w++) {
        if (kindOf.get(w) == k) {
          wcOfKind[k][j++] = w;
        }
      }
    }

    nSuppliers = Math.max(15, Math.min(600, (int) Math.round(n / 400.0)));
    supplierCode = new String[nSuppliers];
    supplierName = new String[nSuppliers];
    subcontractor = new boolean[nSuppliers];
    String[] names = {
      "Rossi",
      "Bianchi",
      "Ferrari",
      "Colombo",
      "Ricci",
      "Marino",
      "Greco",
      "Bruno",
      "Gallo",
      "Conti",
      "De Luca",
      "Mancini",
      "Costa",
      "Giordano",
      "Rizzo",
      "Lombardi",
      "Moretti",
      "Barbieri",
      "Fontana",
      "Santoro",
      "Mariani",
      "Rinaldi",
      "Caruso",
      "Ferrara",
      "Galli"
    };
    String[] trades = {
      "Acciai",
      "Metalli",
      "Forniture Industriali",
      "Cuscinetti",
      "Viteria",
      "Elettromeccanica",
      "Oleodinamica",
      "Pneumatica",
      "Componenti",
      "Trafilati"
    };
    String[] subTrades = {
      "Zincatura",
      "Trattamenti Termici",
      "Verniciature",
      "Anodizzazione",
      "Lavorazioni Meccaniche",
      "Carpenteria"
    };
    String[] forms = {" S.r.l.", " S.p.A.", " & Figli S.n.c.", " S.r.l.", ", S.a.s."};
    int subs = 0;
    for (int s = 0; s < nSuppliers; s++) {
      subcontractor[s] = s % 5 == 4;
      supplierCode[s] = "S" + pad(s + 1, 4);
      String trade =
          subcontractor[s]
              ? subTrades[r.nextInt(subTrades.length)]
              : trades[r.nextInt(trades.length)];
      supplierName[s] =
          names[r.nextInt(names.length)] + " " + trade + forms[r.nextInt(forms.length)];
      if (subcontractor[s]) {
        subs++;
      }
    }
    nRegular = nSuppliers - subs;
    regularSuppliers = new int[nRegular];
    subcontractors = new int[subs];
    for (int s = 0, a = 0, b = 0; s < nSuppliers; s++) {
      if (subcontractor[s]) {
        subcontractors[b++] = s;
      } else {
        regularSuppliers[a++] = s;
      }
    }
  }

  /**
   * Supply types, heights and end items. Roles are laid out in order (heights 0..6, non-end items
   * first) and dealt to the item codes in a shuffled order, so that codes say nothing of the role.
   */
  void roles(SplittableRandom r) {
    int width = Integer.toString(n).length();
    for (int i = 0; i < n; i++) {
      code[i] = "I" + pad(i + 1, width);
    }
    int nBuy = (int) Math.round(0.20 * n);
    int nTop = Math.max(5, (int) Math.round(0.045 * n));
    int[] topAt = distribute(nTop, new double[] {0, 0, .10, .15, .20, .25, .30});
    int[] nonTop = new int[MAX_HEIGHT + 1];
    nonTop[0] = nBuy;
    nonTop[5] = Math.max(1, (int) Math.round(0.020 * n));
    nonTop[4] = Math.max(1, (int) Math.round(0.045 * n));
    nonTop[3] = Math.max(2, (int) Math.round(0.080 * n));
    nonTop[2] = Math.max(3, (int) Math.round(0.140 * n));
    nonTop[1] = n - nTop - nBuy - nonTop[2] - nonTop[3] - nonTop[4] - nonTop[5];
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    shuffle(perm, r);
    int j = 0;
    for (int h = 0; h <= MAX_HEIGHT; h++) {
      pool[h] = new int[nonTop[h]];
      parentsByHeight[h] = new int[h == 0 ? 0 : nonTop[h] + topAt[h]];
      int p = 0;
      for (int k = 0; k < nonTop[h]; k++) {
        int item = perm[j++];
        height[item] = (byte) h;
        type[item] = h == 0 ? BUY : MAKE;
        pool[h][k] = item;
        if (h > 0) {
          parentsByHeight[h][p++] = item;
        }
      }
      for (int k = 0; k < topAt[h]; k++) {
        int item = perm[j++];
        height[item] = (byte) h;
        type[item] = MAKE;
        top[item] = true;
        parentsByHeight[h][p++] = item;
      }
    }
    parents = new int[n - nBuy];
    int p = 0;
    for (int h = 1; h <= MAX_HEIGHT; h++) {
      parentsFrom[h] = p;
      for (int item : parentsByHeight[h]) {
        parents[p++] = item;
      }
    }
    parentsFrom[MAX_HEIGHT + 1] = p;
    // subcontracted items: 3.5% of the plant, among the low non-end items (pools are shuffled)
    int nSub = Math.max(1, (int) Math.round(0.035 * n));
    int subLow = Math.min(nonTop[1] - 1, (int) Math.round(nSub * 0.7));
    int subHigh = Math.min(nonTop[2] - 1, nSub - subLow);
    for (int k = 0; k < subLow; k++) {
      type[pool[1][k]] = SUB;
    }
    for (int k = 0; k < subHigh; k++) {
      type[pool[2][k]] = SUB;
    }
    // phantom kits: about 1% of the plant, MAKE items of height 1 and 2 that are not end items
    int nPhantom = (int) Math.round(0.01 * n);
    for (int k = 0; k < nPhantom; k++) {
      int[] pl = pool[1 + (k & 1)];
      int item = pl[pl.length - 1 - (k >> 1)];
      if (type[item] == MAKE) {
        phantom[item] = true;
      }
    }
    // units of measure and suppliers
    for (int i = 0; i < n; i++) {
      supplier[i] = -1;
      if (type[i] == BUY) {
        double u = r.nextDouble();
        uom[i] = u < 0.20 ? KG : u < 0.30 ? MTR : PCS;
        double s = r.nextDouble();
        supplier[i] = regularSuppliers[(int) (s * s * nRegular)];
      } else if (type[i] == SUB) {
        supplier[i] = subcontractors[r.nextInt(subcontractors.length)];
      }
    }
  }

  /**
   * Operations: 1..4 for MAKE items, an external one (with 1 internal before it at times) for
   * SUBCONTRACT.
   */
  void routings(SplittableRandom r) {
    for (int i = 0; i < n; i++) {
      if (type[i] == BUY || phantom[i]) {
        continue;
      }
      int ops;
      int external = -1;
      if (type[i] == SUB) {
        ops = r.nextDouble() < 0.6 ? 1 : 2;
        external = ops - 1;
      } else {
        ops = 1 + r.nextInt(MAX_OPS);
        if (ops >= 2 && r.nextDouble() < 0.03) {
          external = height[i] == 1 ? ops - 1 : r.nextInt(ops - 1);
          supplier[i] = subcontractors[r.nextInt(subcontractors.length)];
        }
      }
      nOps[i] = (byte) ops;
      int[] partsWc = new int[ops];
      for (int k = 0; k < ops; k++) {
        partsWc[k] = pick(wcOfKind[0], r);
      }
      Arrays.sort(partsWc); // cutting and bending (FAB) before machining (MACH)
      for (int k = 0; k < ops; k++) {
        int slot = i * MAX_OPS + k;
        if (k == external) {
          opWc[slot] = (byte) extWc;
          opCost[slot] = Math.round((0.2 + r.nextDouble() * r.nextDouble() * 40) * 100) / 100.0;
          if (opCost[slot] <= 0) {
            opCost[slot] = 0.2;
          }
          continue;
        }
        boolean last = k == ops - 1;
        int w;
        boolean assembly = false;
        if (last && height[i] >= 2 && type[i] == MAKE) {
          w = pick(wcOfKind[1], r);
          assembly = true;
        } else if (last && ops > 1 && wcOfKind[2].length > 0 && r.nextDouble() < 0.3) {
          w = pick(wcOfKind[2], r);
        } else {
          w = partsWc[k];
        }
        opWc[slot] = (byte) w;
        opSetup[slot] = (short) (r.nextDouble() < 0.15 ? 0 : 5 * (1 + r.nextInt(24)));
        double run =
            assembly ? 5 + r.nextDouble() * 55 : 0.2 + r.nextDouble() * r.nextDouble() * 15;
        opRun[slot] = Math.max(0.01, Math.round(run * 100) / 100.0);
        opQueue[slot] = (short) (r.nextDouble() < 0.5 ? 0 : 30 * (1 + r.nextInt(16)));
        opMove[slot] = (short) (r.nextDouble() < 0.7 ? 0 : 15 * (1 + r.nextInt(4)));
      }
    }
  }

  /**
   * Bills of materials: each parent of height h gets one component of height h-1 first (items not
   * yet used first), then every item still without a parent is given one of greater height, then
   * the remaining slots are filled with components of lower height (45% purchased).
   */
  void bom(SplittableRandom r) {
    for (int p : parents) {
      int k = 2 + r.nextInt(MAX_COMPONENTS - 1);
      if (height[p] == 1) {
        k = Math.min(k, pool[0].length);
      }
      kTarget[p] = (byte) k;
    }
    int[] cursor = new int[MAX_HEIGHT + 1];
    for (int h = 1; h <= MAX_HEIGHT; h++) {
      int[] below = pool[h - 1];
      for (int p : parentsByHeight[h]) {
        int c =
            cursor[h - 1] < below.length ? below[cursor[h - 1]++] : below[r.nextInt(below.length)];
        add(p, c, r);
      }
    }
    for (int h = MAX_HEIGHT - 1; h >= 0; h--) {
      int[] pl = pool[h];
      while (cursor[h] < pl.length) {
        attach(pl[cursor[h]++], h, r);
      }
    }
    for (int p : parents) {
      int h = height[p];
      slots:
      while (kCount[p] < kTarget[p]) {
        for (int attempt = 0; attempt < 12; attempt++) {
          int hc = r.nextDouble() < 0.45 ? 0 : r.nextInt(h);
          int[] pl = pool[hc];
          double u = r.nextDouble();
          int c = pl[(int) (u * u * pl.length)]; // common parts: a few items take much of the reuse
          if (!has(p, c)) {
            add(p, c, r);
            continue slots;
          }
        }
        kTarget[p] = kCount[p];
      }
    }
  }

  /** Gives a parent of greater height to an item that has none yet. */
  void attach(int c, int h, SplittableRandom r) {
    int from = parentsFrom[h + 1], to = parentsFrom[MAX_HEIGHT + 1], span = to - from;
    for (int pass = 0; pass < 2; pass++) {
      for (int attempt = 0; attempt < 64; attempt++) {
        int p = parents[from + r.nextInt(span)];
        int limit = pass == 0 ? kTarget[p] : MAX_COMPONENTS;
        if (kCount[p] < limit && !has(p, c)) {
          if (kCount[p] >= kTarget[p]) {
            kTarget[p]++;
          }
          add(p, c, r);
          return;
        }
      }
    }
    for (int x = from; x < to; x++) {
      int p = parents[x];
      if (kCount[p] < MAX_COMPONENTS && !has(p, c)) {
        if (kCount[p] >= kTarget[p]) {
          kTarget[p]++;
        }
        add(p, c, r);
        return;
      }
    }
    throw new IllegalStateException("no parent with a free slot for " + code[c]);
  }

  boolean has(int p, int c) {
    int base = p * MAX_COMPONENTS;
    for (int k = 0; k < kCount[p]; k++) {
      if (comp[base + k] == c) {
        return true;
      }
    }
    return false;
  }

  void add(int p, int c, SplittableRandom r) {
    int slot = p * MAX_COMPONENTS + kCount[p]++;
    comp[slot] = c;
    qtyPer[slot] = qtyPer(c, r);
    if (uom[c] != PCS) {
      scrap[slot] = r.nextDouble() < 0.4 ? (10 + r.nextInt(71)) / 10.0 : 0;
    } else {
      scrap[slot] = !phantom[c] && r.nextDouble() < 0.05 ? (5 + r.nextInt(26)) / 10.0 : 0;
    }
    opSeq[slot] = (byte) (nOps[p] >= 2 && r.nextDouble() < 0.25 ? 1 + r.nextInt(nOps[p]) : 0);
  }

  double qtyPer(int c, SplittableRandom r) {
    if (phantom[c]) {
      return 1;
    }
    switch (uom[c]) {
      case KG:
        return Math.max(
            0.001,
            Math.round(Math.exp(Math.log(0.05) + r.nextDouble() * Math.log(400)) * 1000) / 1000.0);
      case MTR:
        return Math.max(0.01, Math.round((0.1 + r.nextDouble() * 5.9) * 100) / 100.0);
      default:
        double u = r.nextDouble();
        return u < 0.65 ? 1 : u < 0.85 ? 2 : u < 0.95 ? 3 + r.nextInt(2) : 5 + r.nextInt(8);
    }
  }

  /** About 1% of the bills change one component for another from a day within the year. */
  void engineeringChanges(SplittableRandom r) {
    Arrays.fill(ecoSlot, -1);
    for (int p : parents) {
      if (phantom[p] || type[p] == SUB || r.nextDouble() >= 0.01) {
        continue;
      }
      int k = r.nextInt(kCount[p]);
      int slot = p * MAX_COMPONENTS + k;
      int old = comp[slot];
      if (phantom[old]) {
        continue;
      }
      int[] pl = pool[height[old]];
      for (int attempt = 0; attempt < 20; attempt++) {
        int c = pl[r.nextInt(pl.length)];
        if (c != old && !phantom[c] && uom[c] == uom[old] && !has(p, c)) {
          ecoSlot[p] = k;
          ecoComp[p] = c;
          ecoDay[p] = 30 + r.nextInt(270);
          ecoQty[p] = qtyPer(c, r);
          break;
        }
      }
    }
  }

  /**
   * Independent weekly rates (end items' sales, service parts' forecasts) and the weekly volume of
   * every item they cause down the BOM.
   */
  void volumes(SplittableRandom r) {
    for (int i = 0; i < n; i++) {
      if (top[i]) {
        indep[i] = Math.exp(Math.log(0.3) + r.nextDouble() * Math.log(100));
      } else if (!phantom[i] && r.nextDouble() < 0.02) {
        service[i] = true;
        indep[i] = uom[i] == PCS ? 0.25 + r.nextDouble() * 3 : 1 + r.nextDouble() * 20;
      }
      vol[i] = indep[i];
    }
    for (int h = MAX_HEIGHT; h >= 1; h--) {
      for (int p : parentsByHeight[h]) {
        int base = p * MAX_COMPONENTS;
        for (int k = 0; k < kCount[p]; k++) {
          vol[comp[base + k]] += vol[p] * qtyPer[base + k] * (1 + scrap[base + k] / 100);
        }
      }
    }
  }

  void itemParameters(SplittableRandom r) {
    for (int i = 0; i < n; i++) {
      byte u = uom[i];
      double w = Math.max(vol[i], 0.1);
      if (phantom[i]) {
        lead[i] = 0;
        rule[i] = LFL;
        continue;
      }
      double x = r.nextDouble();
      switch (type[i]) {
        case BUY -> {
          lead[i] = 1 + r.nextInt(20);
          rule[i] = x < 0.30 ? LFL : x < 0.55 ? FOQ : x < 0.85 ? MIN_MULT : POQ;
        }
        case SUB -> {
          lead[i] = 5 + r.nextInt(16);
          rule[i] = x < 0.40 ? LFL : x < 0.60 ? FOQ : x < 0.80 ? MIN_MULT : POQ;
        }
        default -> {
          lead[i] = r.nextDouble() < 0.15 ? 0 : 1 + r.nextInt(10);
          rule[i] = x < 0.45 ? LFL : x < 0.60 ? FOQ : x < 0.75 ? MIN_MULT : POQ;
        }
      }
      switch (rule[i]) {
        case FOQ -> lotQty[i] = nice(w * FOQ_WEEKS[r.nextInt(FOQ_WEEKS.length)], u);
        case MIN_MULT -> {
          lotMult[i] = nice(w * (0.1 + 0.9 * r.nextDouble()), u);
          lotMin[i] = round(lotMult[i] * (1 + r.nextInt(6)), u);
        }
        case POQ -> lotPeriods[i] = POQ_PERIODS[r.nextInt(POQ_PERIODS.length)];
        default -> {}
      }
      double pSafety = type[i] == BUY ? 0.40 : top[i] ? 0.50 : type[i] == SUB ? 0.20 : 0.15;
      if (r.nextDouble() < pSafety) {
        double s = w * (0.5 + 1.5 * r.nextDouble());
        safety[i] = u == PCS ? Math.max(1, Math.ceil(s)) : Math.max(0.1, Math.round(s * 10) / 10.0);
      }
    }
  }

  /** A round number near x: 1, 2, 2.5 or 5 times a power of ten; whole for PCS. */
  static double nice(double x, byte u) {
    if (!(x > 0)) {
      x = 1e-3;
    }
    double p = Math.pow(10, Math.floor(Math.log10(x)));
    double m = x / p;
    double v = (m < 1.5 ? 1 : m < 2.25 ? 2 : m < 3.5 ? 2.5 : m < 7.5 ? 5 : 10) * p;
    return u == PCS ? Math.max(1, Math.round(v)) : Math.max(0.1, Math.round(v * 10) / 10.0);
  }

  static double round(double x, byte u) {
    return switch (u) {
      case PCS -> Math.max(1, Math.round(x));
      case KG -> Math.max(0.001, Math.round(x * 1000) / 1000.0);
      default -> Math.max(0.01, Math.round(x * 100) / 100.0);
    };
  }

  static int pick(int[] a, SplittableRandom r) {
    return a[r.nextInt(a.length)];
  }

  static void shuffle(int[] a, SplittableRandom r) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /**
   * Splits total over the shares by largest remainder; every share gets at least 1 when total
   * allows.
   */
  static int[] distribute(int total, double[] shares) {
    int[] result = new int[shares.length];
    double sum = 0;
    for (double s : shares) {
      sum += s;
    }
    int given = 0;
    for (int i = 0; i < shares.length; i++) {
      result[i] = (int) Math.floor(total * shares[i] / sum);
      if (shares[i] > 0 && result[i] == 0) {
        result[i] = 1;
      }
      given += result[i];
    }
    for (int i = shares.length - 1; given < total; i = i == 0 ? shares.length - 1 : i - 1) {
      if (shares[i] > 0) {
        result[i]++;
        given++;
      }
    }
    for (int i = 0; given > total; i = (i + 1) % shares.length) {
      if (result[i] > 1) {
        result[i]--;
        given--;
      }
    }
    return result;
  }

  // ------------------------------------------------------------------------------------- writing

  void write() throws IOException {
    writeCalendars();
    writeItems(root.split());
    writeSuppliers();
    writeDepartments();
    writeWorkCenters();
    writeBom();
    writeRoutings(root.split());
    writeStock(root.split());
    writeSupply(root.split());
    writeDemand(root.split());
  }

  void writeCalendars() throws IOException {
    try (Csv f = new Csv("calendars.csv", "calendar,day,shifts,time_zone,description")) {
      String[] weekdays = {"MON", "TUE", "WED", "THU", "FRI"};
      // the description is the calendar's (as export writes it, on every line), not the day's
      String description = "\"Two shifts, Monday to Friday; Italian holidays\"";
      for (String day : weekdays) {
        f.sb
            .append(CALENDAR)
            .append(',')
            .append(day)
            .append(",06:00-14:00;14:00-22:00,Europe/Rome,")
            .append(description);
        f.end();
      }
      for (String[] e : exceptions) {
        f.sb
            .append(CALENDAR)
            .append(',')
            .append(e[0])
            .append(',')
            .append(e[1])
            .append(",Europe/Rome,")
            .append(description);
        f.end();
      }
    }
  }

  void writeItems(SplittableRandom r) throws IOException {
    String[] endItems = {
      "Gearbox", "Centrifugal pump", "Hydraulic press", "Belt conveyor", "Packaging machine",
      "Screw compressor", "Industrial mixer", "Lifting table", "Cutting unit", "Filling machine"
    };
    String[] groups = {
      "Frame assembly", "Drive unit", "Motor group", "Control panel", "Shaft assembly",
      "Housing group", "Pneumatic group", "Guard assembly", "Base frame", "Gear train"
    };
    String[] parts = {
      "Shaft", "Bracket", "Flange", "Bushing", "Plate", "Housing", "Cover", "Pin", "Spacer",
      "Lever", "Gear", "Pulley"
    };
    String[] treatments = {"Zinc-plated", "Heat-treated", "Painted", "Anodised", "Nitrided"};
    String[] hardware = {
      "Screw M8x30 ISO 4762",
      "Screw M6x20 ISO 7380",
      "Nut M10 ISO 4032",
      "Washer 10.5 ISO 7089",
      "O-ring 40x3 NBR",
      "Rivet 4x10",
      "Compression spring",
      "Cable tie 200 mm",
      "Dowel pin 6x30"
    };
    String[] bought = {
      "Bearing 6204-2RS",
      "Electric motor 1.5 kW",
      "Inductive sensor M12",
      "Cable gland M20",
      "Gasket",
      "Hose 1/2\" 1 m",
      "Relay 24 V",
      "Handle, black",
      "Solenoid valve 24 V DC",
      "Gear motor i=20"
    };
    String[] kilos = {
      "Steel bar C45 Ø",
      "Sheet S235 thickness ",
      "Aluminium bar 6082 Ø",
      "Paint RAL 9005",
      "Welding wire Ø",
      "Brass bar CW614N Ø"
    };
    String[] metres = {"Tube S235, 40x", "Cable 3G", "Profile 40x40", "Chain 08B-1", "Hose 1/2\""};
    try (Csv f =
        new Csv(
            "items.csv",
            "code,description,uom,supply_type,lead_time_days,lot_rule,lot_qty,lot_min,lot_multiple,lot_periods,safety_stock")) {
      StringBuilder d = new StringBuilder();
      for (int i = 0; i < n; i++) {
        d.setLength(0);
        int num = 10 + r.nextInt(990);
        if (top[i]) {
          d.append(endItems[r.nextInt(endItems.length)])
              .append(' ')
              .append((char) ('A' + r.nextInt(26)))
              .append((char) ('A' + r.nextInt(26)))
              .append('-')
              .append(num);
          if (r.nextDouble() < 0.3) {
            d.append(", complete");
          }
        } else if (phantom[i]) {
          d.append("Kit ")
              .append(parts[r.nextInt(parts.length)].toLowerCase(java.util.Locale.ROOT))
              .append(" fasteners ")
              .append(num);
        } else if (type[i] == SUB) {
          d.append(treatments[r.nextInt(treatments.length)])
              .append(' ')
              .append(parts[r.nextInt(parts.length)].toLowerCase(java.util.Locale.ROOT))
              .append(' ')
              .append(num);
        } else if (type[i] == MAKE) {
          if (height[i] >= 2) {
            d.append(groups[r.nextInt(groups.length)]).append(' ').append(num);
          } else {
            d.append(parts[r.nextInt(parts.length)])
                .append(' ')
                .append(num)
                .append('x')
                .append(5 * (1 + r.nextInt(40)));
          }
        } else if (uom[i] == KG) {
          d.append(kilos[r.nextInt(kilos.length)]).append(5 * (1 + r.nextInt(30)));
        } else if (uom[i] == MTR) {
          d.append(metres[r.nextInt(metres.length)]).append(num % 10 + 1);
        } else if (vol[i] > 1000) {
          d.append(hardware[r.nextInt(hardware.length)]);
        } else {
          d.append(bought[r.nextInt(bought.length)]);
        }
        StringBuilder sb = f.sb;
        sb.append(code[i]).append(',');
        text(sb, d);
        sb.append(',')
            .append(UOM[uom[i]])
            .append(',')
            .append(TYPE[type[i]])
            .append(',')
            .append(lead[i])
            .append(',')
            .append(RULE[rule[i]])
            .append(',');
        int dec = UOM_DECIMALS[uom[i]];
        if (rule[i] == FOQ) {
          dec(sb, lotQty[i], dec);
        }
        sb.append(',');
        if (rule[i] == MIN_MULT) {
          dec(sb, lotMin[i], dec);
          sb.append(',');
          dec(sb, lotMult[i], dec);
        } else {
          sb.append(',');
        }
        sb.append(',');
        if (rule[i] == POQ) {
          sb.append(lotPeriods[i]);
        }
        sb.append(',');
        if (safety[i] > 0) {
          dec(sb, safety[i], dec);
        }
        f.end();
      }
    }
  }

  void writeSuppliers() throws IOException {
    try (Csv f = new Csv("suppliers.csv", "code,name,subcontractor")) {
      for (int s = 0; s < nSuppliers; s++) {
        f.sb.append(supplierCode[s]).append(',');
        text(f.sb, supplierName[s]);
        f.sb.append(',').append(subcontractor[s]);
        f.end();
      }
    }
  }

  void writeDepartments() throws IOException {
    try (Csv f = new Csv("departments.csv", "code,description")) {
      for (int d = 0; d < deptCode.size(); d++) {
        f.sb.append(deptCode.get(d)).append(',');
        text(f.sb, deptDescription.get(d));
        f.end();
      }
    }
  }

  void writeWorkCenters() throws IOException {
    try (Csv f =
        new Csv(
            "work_centers.csv",
            "code,department,capacity,efficiency_pct,calendar,description,utilisation_pct,finite")) {
      for (int w = 0; w < wcCode.length; w++) {
        boolean ext = w == extWc;
        f.sb
            .append(wcCode[w])
            .append(',')
            .append(wcDept[w])
            .append(',')
            .append(wcCapacity[w])
            .append(',')
            .append(wcEfficiency[w])
            .append(',')
            .append(ext ? "" : CALENDAR)
            .append(',');
        text(f.sb, wcDescription[w]);
        f.sb.append(',').append(wcUtilisation[w]).append(',').append(!ext);
        f.end();
      }
    }
  }

  void writeBom() throws IOException {
    try (Csv f =
        new Csv(
            "bom.csv",
            "parent,component,qty_per,scrap_pct,operation_seq,phantom,valid_from,valid_to")) {
      for (int p = 0; p < n; p++) {
        int base = p * MAX_COMPONENTS;
        for (int k = 0; k < kCount[p]; k++) {
          int slot = base + k, c = comp[slot];
          bomLine(
              f,
              p,
              c,
              qtyPer[slot],
              scrap[slot],
              opSeq[slot],
              null,
              ecoSlot[p] == k ? dayText[ecoDay[p] - 1] : null);
          if (ecoSlot[p] == k) {
            bomLine(
                f, p, ecoComp[p], ecoQty[p], scrap[slot], opSeq[slot], dayText[ecoDay[p]], null);
          }
        }
      }
    }
  }

  void bomLine(Csv f, int p, int c, double qty, double scrapPct, int op, String from, String to) {
    StringBuilder sb = f.sb;
    sb.append(code[p]).append(',').append(code[c]).append(',');
    dec(sb, qty, UOM_DECIMALS[uom[c]]);
    sb.append(',');
    if (scrapPct > 0) {
      dec(sb, scrapPct, 1);
    }
    sb.append(',');
    if (op > 0) {
      sb.append(op * 10);
    }
    sb.append(',');
    if (phantom[c]) {
      sb.append("true");
    }
    sb.append(',');
    if (from != null) {
      sb.append(from);
    }
    sb.append(',');
    if (to != null) {
      sb.append(to);
    }
    f.end();
  }

  void writeRoutings(SplittableRandom r) throws IOException {
    String[] external = {
      "Zinc plating", "Heat treatment", "Anodising", "Powder coating", "Nitriding"
    };
    try (Csv f =
        new Csv(
            "routings.csv",
            "item,seq,work_center,setup_minutes,run_minutes,queue_minutes,move_minutes,subcontractor,subcontract_cost,description")) {
      for (int i = 0; i < n; i++) {
        for (int k = 0; k < nOps[i]; k++) {
          int slot = i * MAX_OPS + k;
          int w = opWc[slot];
          StringBuilder sb = f.sb;
          sb.append(code[i])
              .append(',')
              .append((k + 1) * 10)
              .append(',')
              .append(wcCode[w])
              .append(',');
          if (w == extWc) {
            sb.append("0,0,0,0,").append(supplierCode[supplier[i]]).append(',');
            dec(sb, opCost[slot], 2);
            sb.append(',').append(external[r.nextInt(external.length)]);
          } else {
            sb.append(opSetup[slot]).append(',');
            dec(sb, opRun[slot], 2);
            sb.append(',').append(opQueue[slot]).append(',').append(opMove[slot]).append(",,,");
            text(sb, wcDescription[w]);
          }
          f.end();
        }
      }
    }
  }

  void writeStock(SplittableRandom r) throws IOException {
    int lot = 0;
    try (Csv f = new Csv("stock.csv", "item,warehouse,location,lot,qty")) {
      for (int i = 0; i < n; i++) {
        if (phantom[i]) {
          continue;
        }
        double p = type[i] == BUY ? 0.55 : type[i] == SUB ? 0.30 : 0.35;
        if (r.nextDouble() >= p) {
          continue;
        }
        byte u = uom[i];
        double qty = Math.max(vol[i], 0.1) * (0.2 + 3.8 * r.nextDouble());
        if (u != PCS) {
          int lots = 1 + r.nextInt(3);
          String location = "RM-" + (char) ('A' + r.nextInt(6)) + pad(1 + r.nextInt(20), 2);
          for (int l = 0; l < lots; l++) {
            stockLine(
                f, i, location, "L" + pad(++lot, 6), round(qty / lots * (0.5 + r.nextDouble()), u));
          }
        } else if (r.nextDouble() < 0.15) {
          int a = r.nextInt(160), b = (a + 1 + r.nextInt(159)) % 160;
          for (int loc : new int[] {Math.min(a, b), Math.max(a, b)}) {
            stockLine(f, i, location(loc), null, round(qty * (0.3 + 0.4 * r.nextDouble()), u));
          }
        } else {
          stockLine(f, i, null, null, round(qty, u));
        }
      }
    }
  }

  static String location(int k) {
    return (char) ('A' + k / 20) + "-" + pad(k % 20 + 1, 2);
  }

  void stockLine(Csv f, int i, String location, String lot, double qty) {
    StringBuilder sb = f.sb;
    sb.append(code[i]).append(',').append(WAREHOUSE).append(',');
    if (location != null) {
      sb.append(location);
    }
    sb.append(',');
    if (lot != null) {
      sb.append(lot);
    }
    sb.append(',');
    dec(sb, qty, UOM_DECIMALS[uom[i]]);
    f.end();
  }

  /** Open orders due in the first three months: PRODUCTION, PURCHASE and SUBCONTRACT. */
  void writeSupply(SplittableRandom r) throws IOException {
    LongList[] keys = {
      new LongList(), new LongList(), new LongList()
    }; // by supply type BUY, MAKE, SUB
    DoubleList qtys = new DoubleList();
    IntList items = new IntList();
    for (int i = 0; i < n; i++) {
      if (phantom[i]) {
        continue;
      }
      double p = type[i] == MAKE ? 0.25 : 0.35;
      if (r.nextDouble() >= p) {
        continue;
      }
      int lines =
          1 + (r.nextDouble() < 0.35 ? 1 : 0) + (type[i] == BUY && r.nextDouble() < 0.15 ? 1 : 0);
      int previous = -1;
      for (int l = 0; l < lines; l++) {
        int due = workday(r.nextInt(SUPPLY_DAYS));
        if (due == previous) {
          continue;
        }
        previous = due;
        double qty = supplyQty(i, r);
        int rec = items.size();
        items.add(i);
        qtys.add(qty);
        int week = due / 7;
        long sup = supplier[i] < 0 ? 0 : supplier[i];
        long key =
            type[i] == MAKE
                ? ((long) due << 40) | rec
                : ((long) week << 56) | (sup << 40) | ((long) due << 30) | rec;
        keys[type[i]].add(key);
      }
    }
    try (Csv f = new Csv("supply.csv", "type,number,line,item,qty,due_date,supplier")) {
      // PRODUCTION: one line per order, numbered by due date
      long[] production = keys[MAKE].sorted();
      for (int k = 0; k < production.length; k++) {
        int rec = (int) (production[k] & ((1L << 40) - 1));
        supplyLine(
            f,
            "PRODUCTION",
            "WO" + pad(k + 1, 7),
            1,
            items.get(rec),
            qtys.get(rec),
            (int) (production[k] >>> 40));
      }
      groupedSupply(f, "PURCHASE", "PO", keys[BUY].sorted(), items, qtys, 10, r);
      groupedSupply(f, "SUBCONTRACT", "SC", keys[SUB].sorted(), items, qtys, 4, r);
    }
  }

  /** Lines of one supplier due in the same week go into one order, up to maxLines lines each. */
  void groupedSupply(
      Csv f,
      String type,
      String prefix,
      long[] keys,
      IntList items,
      DoubleList qtys,
      int maxLines,
      SplittableRandom r) {
    int number = 0, line = 0;
    long group = -1;
    int limit = 0;
    for (long key : keys) {
      long g = key >>> 40;
      if (g != group || line >= limit) {
        group = g;
        number++;
        line = 0;
        limit = 1 + r.nextInt(maxLines);
      }
      line++;
      int rec = (int) (key & ((1L << 30) - 1));
      int due = (int) ((key >>> 30) & 1023);
      supplyLine(f, type, prefix + pad(number, 7), line, items.get(rec), qtys.get(rec), due);
    }
  }

  double supplyQty(int i, SplittableRandom r) {
    byte u = uom[i];
    double w = Math.max(vol[i], 0.1) * (1 + 3 * r.nextDouble());
    return switch (rule[i]) {
      case FOQ -> lotQty[i] * (1 + (r.nextDouble() < 0.3 ? 1 : 0));
      case MIN_MULT -> round(Math.max(lotMin[i], lotMult[i] * Math.ceil(w / lotMult[i])), u);
      default -> round(w, u);
    };
  }

  void supplyLine(Csv f, String type, String number, int line, int item, double qty, int due) {
    StringBuilder sb = f.sb;
    sb.append(type)
        .append(',')
        .append(number)
        .append(',')
        .append(line)
        .append(',')
        .append(code[item])
        .append(',');
    dec(sb, qty, UOM_DECIMALS[uom[item]]);
    sb.append(',').append(dayText[due]).append(',');
    if (!type.equals("PRODUCTION")) {
      sb.append(supplierCode[supplier[item]]);
    }
    f.end();
  }

  /**
   * A year of demand: monthly FORECAST lines for end items and service parts, SALES order lines for
   * end items every 6 to 15 days, grouped into orders of 1 to 5 lines.
   */
  void writeDemand(SplittableRandom r) throws IOException {
    try (Csv f = new Csv("demand.csv", "type,number,line,item,qty,due_date,customer")) {
      LocalDate first = start.withDayOfMonth(1);
      for (int m = 0; m < 12; m++) {
        LocalDate month = first.plusMonths(m);
        int day = workday((int) Math.max(0, month.toEpochDay() - start.toEpochDay()));
        String number = "FC-" + month.getYear() + "-" + pad(month.getMonthValue(), 2);
        int line = 0;
        for (int i = 0; i < n; i++) {
          if (!top[i] && !service[i]) {
            continue;
          }
          double qty = round(indep[i] * 4.33 * (0.8 + 0.4 * r.nextDouble()), uom[i]);
          demandLine(f, "FORECAST", number, ++line, i, qty, day, null);
        }
      }
      LongList events = new LongList();
      DoubleList qtys = new DoubleList();
      IntList items = new IntList();
      for (int i = 0; i < n; i++) {
        if (!top[i]) {
          continue;
        }
        int every = 6 + r.nextInt(10);
        for (int d = r.nextInt(every);
            d < DEMAND_DAYS;
            d += Math.max(1, every - 2 + r.nextInt(5))) {
          int due = workday(d);
          double qty = round(indep[i] * every / 7.0 * (0.5 + r.nextDouble()), uom[i]);
          events.add(((long) due << 40) | qtys.size());
          qtys.add(qty);
          items.add(i);
        }
      }
      long[] sorted = events.sorted();
      int tops = 0;
      for (boolean t : top) {
        tops += t ? 1 : 0;
      }
      int customers = Math.max(10, tops / 8);
      int number = 0;
      for (int k = 0; k < sorted.length; ) {
        int lines = Math.min(1 + r.nextInt(5), sorted.length - k);
        String order = "SO" + pad(++number, 7);
        String customer = "C" + pad(1 + r.nextInt(customers), 5);
        for (int l = 1; l <= lines; l++, k++) {
          int rec = (int) (sorted[k] & ((1L << 40) - 1));
          demandLine(
              f,
              "SALES",
              order,
              l,
              items.get(rec),
              qtys.get(rec),
              (int) (sorted[k] >>> 40),
              customer);
        }
      }
    }
  }

  void demandLine(
      Csv f, String type, String number, int line, int item, double qty, int due, String customer) {
    StringBuilder sb = f.sb;
    sb.append(type)
        .append(',')
        .append(number)
        .append(',')
        .append(line)
        .append(',')
        .append(code[item])
        .append(',');
    dec(sb, qty, UOM_DECIMALS[uom[item]]);
    sb.append(',').append(dayText[due]).append(',');
    if (customer != null) {
      sb.append(customer);
    }
    f.end();
  }

  // ------------------------------------------------------------------------------------- helpers

  static String pad(long v, int width) {
    String s = Long.toString(v);
    if (s.length() >= width) {
      return s;
    }
    return "0".repeat(width - s.length()) + s;
  }

  /** A decimal with at most the given decimals, no trailing zeros, no exponent. */
  static void dec(StringBuilder sb, double v, int decimals) {
    long scale = POW10[decimals];
    long s = Math.round(v * scale);
    if (s < 0) {
      sb.append('-');
      s = -s;
    }
    sb.append(s / scale);
    long frac = s % scale;
    if (frac != 0) {
      int digits = decimals;
      while (frac % 10 == 0) {
        frac /= 10;
        digits--;
      }
      sb.append('.');
      String fs = Long.toString(frac);
      for (int i = fs.length(); i < digits; i++) {
        sb.append('0');
      }
      sb.append(fs);
    }
  }

  /** A text cell, quoted as RFC 4180 asks when it holds a comma, a quote or a line break. */
  static void text(StringBuilder sb, CharSequence s) {
    boolean quote = false;
    for (int i = 0; i < s.length() && !quote; i++) {
      char c = s.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      sb.append(s);
      return;
    }
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"') {
        sb.append('"');
      }
      sb.append(c);
    }
    sb.append('"');
  }

  /** One output file: a header, then rows built in sb and ended with end(). */
  final class Csv implements Closeable {
    final String name;
    final Writer w;
    final StringBuilder sb = new StringBuilder(1 << 17);
    int rows;

    Csv(String name, String header) throws IOException {
      this.name = name;
      w =
          new BufferedWriter(
              new OutputStreamWriter(
                  new FileOutputStream(out.resolve(name).toFile()), StandardCharsets.UTF_8),
              1 << 16);
      sb.append(header).append('\n');
    }

    void end() {
      sb.append('\n');
      rows++;
      if (sb.length() >= 1 << 16) {
        try {
          w.append(sb);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        sb.setLength(0);
      }
    }

    @Override
    public void close() throws IOException {
      w.append(sb);
      w.close();
      summary.add(name + " " + rows);
    }
  }

  static final class LongList {
    long[] a = new long[1024];
    int size;

    void add(long v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    long[] sorted() {
      long[] r = Arrays.copyOf(a, size);
      Arrays.sort(r);
      return r;
    }
  }

  static final class DoubleList {
    double[] a = new double[1024];
    int size;

    void add(double v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    double get(int i) {
      return a[i];
    }

    int size() {
      return size;
    }
  }

  static final class IntList {
    int[] a = new int[1024];
    int size;

    void add(int v) {
      if (size == a.length) {
        a = Arrays.copyOf(a, size * 2);
      }
      a[size++] = v;
    }

    int get(int i) {
      return a[i];
    }

    int size() {
      return size;
    }
  }
}

package org.officina.bench;

import static org.officina.bench.CsvFile.pad;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Departments, work centers and suppliers, in proportion to the plant's size. */
record Resources(Plant plant) {

  void generate(SplittableRandom r) {
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
        plant.deptCode.add(d[0]);
        plant.deptDescription.add(d[1]);
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
    plant.wcCode = codes.toArray(new String[0]);
    plant.wcDept = depOf.toArray(new String[0]);
    plant.wcDescription = desc.toArray(new String[0]);
    plant.extWc = plant.wcCode.length - 1;
    plant.wcCapacity = new int[plant.wcCode.length];
    plant.wcEfficiency = new int[plant.wcCode.length];
    plant.wcUtilisation = new int[plant.wcCode.length];
    int[] kindCount = new int[3];
    for (int w = 0; w < plant.wcCode.length; w++) {
      plant.wcCapacity[w] = w == plant.extWc ? 1 : 1 + r.nextInt(kindOf.get(w) == 1 ? 3 : 2);
      plant.wcEfficiency[w] = w == plant.extWc ? 100 : 85 + 5 * r.nextInt(6);
      plant.wcUtilisation[w] = w == plant.extWc ? 100 : 80 + 5 * r.nextInt(4);
      if (kindOf.get(w) >= 0) {
        kindCount[kindOf.get(w)]++;
      }
    }
    plant.wcOfKind = new int[3][];
    for (int k = 0; k < 3; k++) {
      plant.wcOfKind[k] = new int[kindCount[k]];
      int j = 0;
      for (int w = 0; w < plant.wcCode.length; w++) {
        if (kindOf.get(w) == k) {
          plant.wcOfKind[k][j++] = w;
        }
      }
    }

    plant.nSuppliers = Math.max(15, Math.min(600, (int) Math.round(plant.n / 400.0)));
    plant.supplierCode = new String[plant.nSuppliers];
    plant.supplierName = new String[plant.nSuppliers];
    plant.subcontractor = new boolean[plant.nSuppliers];
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
    for (int s = 0; s < plant.nSuppliers; s++) {
      plant.subcontractor[s] = s % 5 == 4;
      plant.supplierCode[s] = "S" + pad(s + 1, 4);
      String trade =
          plant.subcontractor[s]
              ? subTrades[r.nextInt(subTrades.length)]
              : trades[r.nextInt(trades.length)];
      plant.supplierName[s] =
          names[r.nextInt(names.length)] + " " + trade + forms[r.nextInt(forms.length)];
      if (plant.subcontractor[s]) {
        subs++;
      }
    }
    plant.nRegular = plant.nSuppliers - subs;
    plant.regularSuppliers = new int[plant.nRegular];
    plant.subcontractors = new int[subs];
    for (int s = 0, a = 0, b = 0; s < plant.nSuppliers; s++) {
      if (plant.subcontractor[s]) {
        plant.subcontractors[b++] = s;
      } else {
        plant.regularSuppliers[a++] = s;
      }
    }
  }
}

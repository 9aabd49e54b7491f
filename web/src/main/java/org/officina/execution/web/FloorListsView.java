package org.officina.execution.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.officina.execution.application.DispatchService;
import org.officina.execution.model.DispatchLine;
import org.officina.execution.model.PickingLine;
import org.officina.resources.application.PlantResourceService;
import org.officina.resources.model.Department;
import org.officina.resources.model.WorkCenter;

/**
 * The floor's lists in the portal: the dispatch list of a work center or of a whole department (the
 * operations to do, in the order the floor takes them) and a department's picking list, each also
 * printed as the paper the floor uses.
 */
@Named
@ViewScoped
public class FloorListsView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject DispatchService dispatch;
  @Inject PlantResourceService plant;

  private String department;
  private String workCenter;
  private List<DispatchLine> dispatchLines;
  private List<PickingLine> pickingLines;
  private List<Department> departments;
  private List<WorkCenter> workCenters;

  /** Shows the department chosen (and no single work center), or the work center chosen. */
  public void show() {
    dispatchLines = null;
    pickingLines = null;
  }

  public void chooseDepartment() {
    workCenter = null;
    show();
  }

  public List<DispatchLine> getDispatchLines() {
    if (dispatchLines == null) {
      dispatchLines =
          workCenter != null
              ? dispatch.ofWorkCenter(workCenter)
              : department != null ? dispatch.ofDepartment(department) : List.of();
    }
    return dispatchLines;
  }

  public List<PickingLine> getPickingLines() {
    if (pickingLines == null) {
      pickingLines = department == null ? List.of() : dispatch.pickingListOfDepartment(department);
    }
    return pickingLines;
  }

  /** Where the dispatch list shown comes from: a work center, else the department. */
  public String getDispatchPaper() {
    return workCenter != null
        ? "dispatch-lists/work-centers/" + workCenter
        : department != null ? "dispatch-lists/departments/" + department : null;
  }

  public List<Department> getDepartments() {
    if (departments == null) {
      departments = plant.departments();
    }
    return departments;
  }

  /** The work centers of the department chosen, or all when none is. */
  public List<WorkCenter> getWorkCenters() {
    if (workCenters == null) {
      workCenters = plant.workCenters();
    }
    return department == null
        ? workCenters
        : workCenters.stream().filter(w -> department.equals(w.department())).toList();
  }

  public String getDepartment() {
    return department;
  }

  public void setDepartment(String department) {
    this.department = department == null || department.isBlank() ? null : department;
  }

  public String getWorkCenter() {
    return workCenter;
  }

  public void setWorkCenter(String workCenter) {
    this.workCenter = workCenter == null || workCenter.isBlank() ? null : workCenter;
  }
}

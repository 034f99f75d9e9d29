package lowering;

/** A bean that inherits properties. */
public class Employee extends Person {

  /** The staff number. */
  private int staffNumber;

  public int getStaffNumber() {
    return staffNumber;
  }

  public void setStaffNumber(int staffNumber) {
    this.staffNumber = staffNumber;
  }
}

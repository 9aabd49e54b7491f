package org.officina.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build made, deployed as it is: the tests exercise exactly what is shipped. */
final class OfficinaEar {

  private OfficinaEar() {}

  static EnterpriseArchive asBuilt() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class,
        new File(System.getProperty("officina.ear", "target/officina.ear")));
  }
}

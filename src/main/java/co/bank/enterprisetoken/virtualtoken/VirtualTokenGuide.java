package co.bank.enterprisetoken.virtualtoken;

import java.util.List;
import java.util.Map;

/**
 * R-T8: what the holder needs to install the virtual token, from Certicámara's guide (seed
 * 004, MST-I-015 v003 of 21/11/2023). One source for the e-mails and the PDF guide.
 */
public final class VirtualTokenGuide {

  private VirtualTokenGuide() {}

  /** The three Certicámara URLs the company's proxy and firewall must allow. */
  public static final List<String> CERTICAMARA_URLS = List.of(
      "https://certitoken.certicamara.com/certificate/list",
      "https://certitoken.certicamara.com/sing",
      "https://tokenvirtual.certicamara.com:443");

  public static final List<String> REQUIREMENTS = List.of(
      "Equipo con sistema operativo Windows 8 o superior.",
      "Permiso de administrador sobre el equipo, o el acompañamiento de su área de soporte, para"
          + " instalar la aplicación.",
      "Desactivar el antivirus mientras instala la aplicación.",
      "Conexión a internet en el equipo donde se instalará el token virtual.",
      "Empresas: habilitar en el proxy y el firewall las siguientes URL: "
          + String.join(" - ", CERTICAMARA_URLS) + ".");

  /** The two components to download and install (step 8 of the guide). */
  public static final List<String> COMPONENTS = List.of(
      "https://web.certicamara.com/files/uploads/Centro-de-descargas/CertiTool/certitool.exe",
      "https://web.certicamara.com/files/evc-final.msi");

  public static final List<String> INSTALLATION = List.of(
      "Descargue los dos componentes.",
      "Ejecute cada instalador, lea el contrato y acepte los términos y condiciones.",
      "Haga clic en «Siguiente», seleccione la opción «Instalar» y al terminar haga clic en"
          + " «Finalizar».");

  /** Entrust Desktop Virtual Card login (steps 13 and 14). */
  public static final List<String> LOGIN = List.of(
      "Oprima la tecla de Windows y busque la aplicación «Entrust Desktop Virtual Card».",
      "Usuario: su número de documento de identidad.",
      "Contraseña: la que usted asignó en la página de Certicámara al crear el certificado (en una"
          + " renovación o reposición, la misma contraseña de su primer token virtual).",
      "No marque la opción «Utilizar cuenta de Windows». Haga clic en «Aceptar».");

  /** Confirmation in the Certifirma store (steps 15 and 16). */
  public static final List<String> STORE_CHECK = List.of(
      "Ingrese al aplicativo Certifirma y seleccione la opción «Almacén».",
      "En la ventana que se abre, valide que el certificado cargó con éxito en el almacén de"
          + " certificados.",
      "Confirme la instalación en el portal empresarial del Banco.");

  public static final List<String> SUPPORT_CHANNELS = List.of(
      "Call Center: (601) 7442727 opción 3 – 1",
      "WhatsApp Business: https://wa.me/573168731648",
      "Correo electrónico: mesadeayuda@certicamara.com",
      "ServiceNow: https://certicamara.service-now.com/csm");

  public static final String SUPPORT_HOURS = "Lunes a viernes de 07:00 a 19:00 y sábados de 08:00"
      + " a 13:00.";

  /** The guide as template variables. */
  public static Map<String, Object> model() {
    return Map.of("requirements", REQUIREMENTS, "components", COMPONENTS,
        "installation", INSTALLATION, "login", LOGIN, "storeCheck", STORE_CHECK,
        "supportChannels", SUPPORT_CHANNELS, "supportHours", SUPPORT_HOURS);
  }
}

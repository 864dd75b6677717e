package dk.kreds.adapter.web;

/**
 * A request refused by the web layer itself, with its HTTP status, a stable code, the field it concerns
 * (empty when none) and a detail for the message, e.g. 400 {@code json.unknown-field} or 413
 * {@code request.too-large}. The message is {@code web.error.<code>} with the field and the detail.
 */
final class HttpRefusal extends RuntimeException {

  private final int status;
  private final String code;
  private final String field;

  HttpRefusal(int status, String code, String field, String detail) {
    super(detail);
    this.status = status;
    this.code = code;
    this.field = field;
  }

  /** A request the web app cannot read: 400. */
  static HttpRefusal badRequest(String code, String field, String detail) {
    return new HttpRefusal(400, code, field, detail);
  }

  int status() {
    return status;
  }

  String code() {
    return code;
  }

  String field() {
    return field;
  }
}

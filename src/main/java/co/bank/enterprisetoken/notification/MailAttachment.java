package co.bank.enterprisetoken.notification;

import java.util.Objects;

/** A file attached to an {@link OutgoingMail}, e.g. a generated PDF form. */
public record MailAttachment(String fileName, String contentType, byte[] content) {

  public MailAttachment {
    if (fileName == null || fileName.isBlank()) {
      throw new IllegalArgumentException("fileName is required");
    }
    if (contentType == null || contentType.isBlank()) {
      throw new IllegalArgumentException("contentType is required");
    }
    Objects.requireNonNull(content, "content");
  }
}
